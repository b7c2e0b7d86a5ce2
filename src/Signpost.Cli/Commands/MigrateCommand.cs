using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Core.Data;

namespace Signpost.Cli.Commands;

public static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Apply the database migrations that are missing (safe to run again).");
        command.SetAction(async (_, cancellationToken) =>
        {
            using var services = CliServices.Build();
            var applied = await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            Console.WriteLine(applied.Count == 0 ? "The database is up to date." : $"Applied {string.Join(", ", applied)}.");
            return 0;
        });
        return command;
    }
}

using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Core.Data;
using Signpost.Core.ServiceDirectory.Seeding;

namespace Signpost.Cli.Commands;

public static class DirectoryCommand
{
    public static Command Create()
    {
        var directory = new Command("directory", "The directory of services.");
        var from = new Option<string?>("--from") { Description = "The folder of directory content (default: data/directory)." };
        var seed = new Command("seed", "Build the directory from the reference data and data/directory (safe to run again; keeps editors' changes).") { from };
        seed.SetAction(async (parse, cancellationToken) =>
        {
            using var services = CliServices.Build();
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            await SeedAsync(services, parse.GetValue(from), cancellationToken);
            return 0;
        });
        directory.Subcommands.Add(seed);
        return directory;
    }

    /// <summary>The seed step, also run by <c>import reference</c> (and so by every <c>./run</c>).</summary>
    public static async Task SeedAsync(IServiceProvider services, string? folder, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var report = await scope.ServiceProvider.GetRequiredService<DirectorySeeder>()
            .SeedAsync(folder ?? CliServices.FindDataDirectory("directory"), cancellationToken);
        Console.WriteLine($"Directory: {report.ServicesInDirectory:N0} services ({report.OrganisationsCreated} organisations, " +
            $"{report.LocationsCreated} locations and {report.ServicesCreated} services added; {report.ServicesRetired} retired), " +
            $"{report.TaxonomyTerms} taxonomy terms, {report.KeyTerms} key terms, {report.BankHolidays} bank holidays.");
    }
}

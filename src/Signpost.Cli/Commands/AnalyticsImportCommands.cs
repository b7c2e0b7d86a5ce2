using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Core.Analytics.Imports;
using Signpost.Core.Audit;
using Signpost.Core.Data;
using Signpost.Core.Imports;
using Spectre.Console;

namespace Signpost.Cli.Commands;

/// <summary><c>./signpost import gpad-regional FILE…</c> and the other national data imports, each with a progress bar.</summary>
public static class AnalyticsImportCommands
{
    public static void AddTo(Command import)
    {
        foreach (var (name, description) in AnalyticsImports.Kinds) import.Subcommands.Add(Create(name, description));
    }

    private static Command Create(string kind, string description)
    {
        var files = new Argument<string[]>("FILE") { Description = "The CSV file(s) to import.", Arity = ArgumentArity.OneOrMore };
        var command = new Command(kind, $"Import {description}. A file is imported whole or not at all; the same file again changes nothing.") { files };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var services = CliServices.Build();
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            var imports = services.GetRequiredService<AnalyticsImports>();
            foreach (var path in parse.GetValue(files)!)
            {
                var result = await ImportWithProgressAsync(imports, kind, path, cancellationToken);
                using (var scope = services.CreateScope())
                {
                    await ImportAudit.RecordAsync(scope.ServiceProvider.GetRequiredService<SignpostDb>(), TimeProvider.System, AuditActor.CommandLine, result, cancellationToken);
                }
                Console.WriteLine(result.Skipped
                    ? $"{result.FileName}: unchanged, it was imported before (same content)"
                    : $"{result.FileName}: {result.Rows:N0} rows imported as {result.Kind}");
            }
            return 0;
        });
        return command;
    }

    public static async Task<FileImportResult> ImportWithProgressAsync(AnalyticsImports imports, string kind, string path, CancellationToken cancellationToken)
    {
        FileImportResult? result = null;
        await AnsiConsole.Progress().AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(Path.GetFileName(path)), maxValue: 1);
                var progress = new Progress<ImportProgress>(p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                });
                result = await imports.ImportAsync(kind, path, progress, cancellationToken);
                task.Value = task.MaxValue;
            });
        return result!;
    }
}

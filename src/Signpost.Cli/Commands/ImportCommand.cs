using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Core.Data;
using Signpost.Core.Imports;
using Spectre.Console;

namespace Signpost.Cli.Commands;

public static class ImportCommand
{
    public static Command Create()
    {
        var import = new Command("import", "Import data files.");
        import.Subcommands.Add(CreateReference());
        AnalyticsImportCommands.AddTo(import);
        return import;
    }

    private static Command CreateReference()
    {
        var from = new Option<string?>("--from") { Description = "The folder of BLMK reference files (default: data/blmk)." };
        var command = new Command("reference", "Load the BLMK reference data: GP practices, PCNs, pharmacies, the ICB lookup and postcodes.") { from };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var directory = parse.GetValue(from) ?? CliServices.FindDataDirectory("blmk");
            using var services = CliServices.Build();
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            var importer = services.GetRequiredService<ReferenceDataImporter>();
            var report = await ImportWithProgressAsync(importer, directory, cancellationToken);
            foreach (var file in report.Files)
            {
                Console.WriteLine(file.Skipped ? $"{file.FileName}: unchanged since it was last imported" : $"{file.FileName}: {file.Rows:N0} rows imported");
            }
            foreach (var u in report.Unlocated)
            {
                Console.WriteLine($"Unlocated {u.Kind} {u.OdsCode} {u.Name}: postcode {u.Postcode} is not in the postcode file");
            }
            await DirectoryCommand.SeedAsync(services, null, cancellationToken);
            return 0;
        });
        return command;
    }

    private static async Task<ReferenceImportReport> ImportWithProgressAsync(ReferenceDataImporter importer, string directory, CancellationToken cancellationToken)
    {
        ReferenceImportReport? report = null;
        await AnsiConsole.Progress().AutoClear(false).StartAsync(async context =>
        {
            var tasks = new Dictionary<string, ProgressTask>();
            var progress = new Progress<ImportProgress>(p =>
            {
                if (!tasks.TryGetValue(p.FileName, out var task)) tasks[p.FileName] = task = context.AddTask(Markup.Escape(p.FileName));
                task.MaxValue = Math.Max(1, p.Total);
                task.Value = p.Done;
            });
            report = await importer.ImportAsync(directory, progress, cancellationToken);
        });
        return report!;
    }
}

using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Core.Analytics.Measures;
using Signpost.Core.Analytics.Reports;
using Signpost.Core.Data;
using Spectre.Console;

namespace Signpost.Cli.Commands;

/// <summary><c>./signpost report appointments --from YYYY-MM --to YYYY-MM [--area CODE] --format json|csv|table</c>.</summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var report = new Command("report", "Reports from the imported national data.");
        var from = new Option<string?>("--from") { Description = "The first month, YYYY-MM (default: the first month imported)." };
        var to = new Option<string?>("--to") { Description = "The last month, YYYY-MM (default: the last month imported)." };
        var area = new Option<string?>("--area") { Description = "An ICB, sub-ICB location, place, PCN or practice code (default: all imported areas)." };
        var format = new Option<string>("--format") { Description = "json, csv (the months) or table.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("json", "csv", "table");
        var appointments = new Command("appointments", "GPAD appointments: total, same-day share, DNA rate, breakdowns by mode and HCP type, growth.")
        {
            from, to, area, format,
        };
        appointments.SetAction(async (parse, cancellationToken) =>
        {
            using var services = CliServices.Build();
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            var result = await services.GetRequiredService<AppointmentReports>().BuildAsync(parse.GetValue(area), parse.GetValue(from), parse.GetValue(to), cancellationToken);
            switch (parse.GetValue(format))
            {
                case "json": Console.WriteLine(JsonSerializer.Serialize(result, ReportFormats.Json)); break;
                case "csv": Console.Write(AppointmentReportCsv.Write(result)); break;
                default: AppointmentReportTable.Write(AnsiConsole.Console, result); break;
            }
            return 0;
        });
        report.Subcommands.Add(appointments);
        return report;
    }
}

using System.Globalization;
using Signpost.Core.Analytics.Measures;
using Spectre.Console;

namespace Signpost.Cli.Commands;

/// <summary>An appointment report as console tables.</summary>
public static class AppointmentReportTable
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    public static void Write(IAnsiConsole console, AppointmentReport report)
    {
        console.WriteLine($"GPAD appointments, {report.Area.Name} ({report.Area.Code}), {report.From} to {report.To} (source: {string.Join(", ", report.Sources)})");
        console.WriteLine($"Appointments: {report.Appointments.ToString("N0", Uk)}   same day: {report.SameDayShare.ToString("P1", Uk)}   DNA: {report.DnaRate.ToString("P1", Uk)}" +
            (report.AverageMonthlyPerThousandPatients is { } p ? $"   per 1,000 patients a month: {p.ToString("N1", Uk)}" : ""));
        var months = new Table().AddColumns("Month", "Appointments", "Same day", "DNA", "Year on year", "Per 1,000", "Coverage");
        foreach (var m in report.Months)
        {
            months.AddRow(m.Month, m.Appointments.ToString("N0", Uk), m.SameDayShare.ToString("P1", Uk), m.DnaRate.ToString("P1", Uk),
                m.YearOnYear?.ToString("+0.0%;-0.0%", Uk) ?? "", m.PerThousandPatients?.ToString("N1", Uk) ?? "",
                m.Coverage is null ? "" : $"{m.Coverage.IncludedPractices}{(m.Coverage.PracticesInArea is { } n ? $" of {n}" : "")} practices");
        }
        console.Write(months);
        foreach (var (title, rows) in new[] { ("Mode", report.ByMode), ("HCP type", report.ByHcpType), ("Status", report.ByStatus), ("Time from booking", report.ByTimeFromBooking) })
        {
            var table = new Table().AddColumns(title, "Appointments", "Share");
            foreach (var b in rows) table.AddRow(Markup.Escape(b.Name), b.Appointments.ToString("N0", Uk), b.Share.ToString("P1", Uk));
            console.Write(table);
        }
        var growth = new Table().AddColumns("Period", "Compared with", "Appointments", "Growth", "Same-day growth");
        foreach (var g in report.Growth)
        {
            growth.AddRow(g.Period, g.ComparedWith, g.Appointments.ToString("N0", Uk), g.Growth.ToString("+0.0%;-0.0%", Uk), g.SameDayGrowth.ToString("+0.0%;-0.0%", Uk));
        }
        console.Write(growth);
        foreach (var note in report.Notes) console.WriteLine(note);
    }
}

using Signpost.Core.Analytics.Measures;

namespace Signpost.Core.Analytics.Reports;

/// <summary>The GPAD daily figures of one month as CSV, a row per day.</summary>
public static class DailyCsv
{
    public static string Write(DailyReport report) => ReportFormats.Csv(
        ["date", "weekday", "area", "appointments", "same_day", "same_day_share", "did_not_attend", "dna_rate"],
        report.Days.Select(d => (IReadOnlyList<object?>)[d.Date, d.Weekday, report.AreaCode, d.Appointments, d.SameDay, d.SameDayShare, d.DidNotAttend, d.DnaRate]));
}

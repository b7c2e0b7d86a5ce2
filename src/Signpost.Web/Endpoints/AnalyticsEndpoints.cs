using Signpost.Core.Accounts;
using Signpost.Core.Analytics.Equity;
using Signpost.Core.Analytics.Measures;
using Signpost.Core.Analytics.Reports;

namespace Signpost.Web.Endpoints;

/// <summary>
/// The dashboards' data for managers: JSON for the charts and CSV downloads of every table, with the same
/// filters as the pages. A bad filter is a 400 with the message the page would show.
/// </summary>
public static class AnalyticsEndpoints
{
    public static void MapAnalyticsEndpoints(this WebApplication app)
    {
        var group = app.MapGroup("/staff/analytics").RequireAuthorization(StaffRoles.Manager);
        group.MapGet("/appointments.json", async (string? from, string? to, string? area, AppointmentReports reports, CancellationToken ct) =>
            await GuardAsync(async () => Results.Json(await reports.BuildAsync(area, from, to, ct), ReportFormats.Json)));
        group.MapGet("/appointments.csv", async (string? from, string? to, string? area, string? table, AppointmentReports reports, CancellationToken ct) =>
            await GuardAsync(async () =>
            {
                var report = await reports.BuildAsync(area, from, to, ct);
                return Csv(AppointmentReportCsv.Write(report, table ?? "months"), $"appointments-{table ?? "months"}-{report.Area.Code}-{report.From}-to-{report.To}.csv");
            }));
        group.MapGet("/practice-data.json", async (string? area, AnalyticsAreas areas, PracticeDataMeasures measures, CancellationToken ct) =>
            await GuardAsync(async () =>
            {
                var selection = await areas.ResolveAsync(area, ct);
                return Results.Json(new { onlineConsultations = await measures.OnlineConsultationsAsync(selection, ct), telephony = await measures.TelephonyAsync(selection, ct) },
                    ReportFormats.Json);
            }));
        group.MapGet("/practice-data.csv", async (string? area, string? table, AnalyticsAreas areas, PracticeDataMeasures measures, CancellationToken ct) =>
            await GuardAsync(async () =>
            {
                var selection = await areas.ResolveAsync(area, ct);
                return table == "telephony"
                    ? Csv(PracticeDataCsv.Telephony(await measures.TelephonyAsync(selection, ct)), $"telephony-{selection.Code ?? "all"}.csv")
                    : Csv(PracticeDataCsv.OnlineConsultations(await measures.OnlineConsultationsAsync(selection, ct)), $"online-consultations-{selection.Code ?? "all"}.csv");
            }));
        group.MapGet("/daily.json", async (string? month, string? area, DailyMeasures daily, CancellationToken ct) =>
            await GuardAsync(async () => Results.Json(await daily.BuildAsync(month, area, ct), ReportFormats.Json)));
        group.MapGet("/daily.csv", async (string? month, string? area, DailyMeasures daily, CancellationToken ct) =>
            await GuardAsync(async () =>
            {
                var report = await daily.BuildAsync(month, area, ct);
                return Csv(DailyCsv.Write(report), $"appointments-daily-{report.AreaCode}-{report.Month}.csv");
            }));
        group.MapGet("/equity.json", async (string? dimension, string? from, string? to, string? area, EquityPeriod period, CancellationToken ct) =>
            await GuardAsync(async () => Results.Json(await period.BuildAsync(dimension, from, to, area, ct), ReportFormats.Json)));
        group.MapGet("/equity.csv", async (string? dimension, string? from, string? to, string? area, EquityPeriod period, CancellationToken ct) =>
            await GuardAsync(async () =>
            {
                var report = await period.BuildAsync(dimension, from, to, area, ct);
                return Csv(EquityCsv.Write(report), $"equity-{report.Dimension}-{report.From}-to-{report.To}.csv");
            }));
    }

    private static IResult Csv(string text, string fileName) =>
        Results.File(System.Text.Encoding.UTF8.GetBytes(text), "text/csv; charset=utf-8", fileName);

    private static async Task<IResult> GuardAsync(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (AnalyticsInputException e)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { [e.Field] = [e.Message] }, title: e.Message);
        }
    }
}

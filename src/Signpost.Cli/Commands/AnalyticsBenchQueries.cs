using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Signpost.Core.Analytics.Equity;
using Signpost.Core.Analytics.Measures;

namespace Signpost.Cli.Commands;

/// <summary>Every query the analytics dashboards run, timed on the benchmark database.</summary>
public static class AnalyticsBenchQueries
{
    public static async Task<IReadOnlyList<QueryTiming>> TimeAsync(IServiceProvider services, int runs, CancellationToken cancellationToken)
    {
        var reports = services.GetRequiredService<AppointmentReports>();
        var areas = services.GetRequiredService<AnalyticsAreas>();
        var practiceData = services.GetRequiredService<PracticeDataMeasures>();
        var equity = services.GetRequiredService<EquityPeriod>();
        var syntheticSubIcb = await FirstAsync(services, "select code from gpad_areas where kind = 'sub-icb' and code <> 'M1J4Y' order by code limit 1", cancellationToken);
        var queries = new List<(string Name, Func<Task> Run)>
        {
            ("Appointments: all areas (England), all months", () => reports.BuildAsync(null, null, null, cancellationToken)),
            ("Appointments: ICB QHG", () => reports.BuildAsync("QHG", null, null, cancellationToken)),
            ("Appointments: sub-ICB M1J4Y", () => reports.BuildAsync("M1J4Y", null, null, cancellationToken)),
            ($"Appointments: synthetic sub-ICB {syntheticSubIcb}", () => reports.BuildAsync(syntheticSubIcb, null, null, cancellationToken)),
            ("Appointments: place Luton", () => reports.BuildAsync("E06000032", null, null, cancellationToken)),
            ("Appointments: PCN U15644", () => reports.BuildAsync("U15644", null, null, cancellationToken)),
            ("Appointments: practice E81002", () => reports.BuildAsync("E81002", null, null, cancellationToken)),
            ("Area filter options", () => areas.OptionsAsync(cancellationToken)),
            ("Online consultations + telephony: all areas", async () =>
            {
                await practiceData.OnlineConsultationsAsync(AreaSelection.All, cancellationToken);
                await practiceData.TelephonyAsync(AreaSelection.All, cancellationToken);
            }),
            ("Equity by channel, 90 days", () => equity.BuildAsync("channel", null, null, null, cancellationToken)),
            ("Equity by language, 90 days", () => equity.BuildAsync("language", null, null, null, cancellationToken)),
            ("Equity by age band, 365 days", () => equity.BuildAsync("age-band", DateTime.UtcNow.AddDays(-365).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), null, null, cancellationToken)),
        };
        var timings = new List<QueryTiming>();
        foreach (var (name, run) in queries)
        {
            await run();
            var samples = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var watch = Stopwatch.StartNew();
                await run();
                samples.Add(watch.Elapsed.TotalMilliseconds);
            }
            samples.Sort();
            timings.Add(new QueryTiming(name, Percentile(samples, 0.5), Percentile(samples, 0.95), samples[^1]));
        }
        return timings;
    }

    /// <summary>200,000 synthetic requests over the last year with outcomes, bookings, attendance and feedback (flagged demo).</summary>
    public static async Task<int> SeedAccessEventsAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        const int requests = 200_000;
        // Bulk-loaded with the per-row trigger off, then summarised set-based by rebuild_access_summaries()
        // (the same rules; a test checks that the two agree).
        await using var command = dataSource.CreateCommand($"""
            alter table access_events disable trigger access_events_to_requests;
            insert into access_events (request_ref, event_type, occurred_at, channel, language, communication_need, age_band, sex, entered_by_staff, is_demo)
            select 'bench-' || i, 'request-made', now() - (i % 365) * interval '1 day' - (i % 1440) * interval '1 minute',
                (array['online','phone','walk-in','proxy'])[1 + i % 4], (array['en','en','en','ur','pl','bn','ro','pa'])[1 + i % 8],
                (array['none','none','none','none','interpreter','easy-read'])[1 + i % 6], (array['0-15','16-24','25-44','45-64','65-74','75+'])[1 + i % 6],
                (array['female','male'])[1 + i % 2], i % 3 = 0, true
            from generate_series(1, {requests}) i;
            insert into access_events (request_ref, event_type, occurred_at, disposition, is_demo)
            select request_ref, 'outcome-given', occurred_at + (id % 2000) * interval '1 minute', (array['gp-appointment','pharmacy-first','self-care'])[1 + id % 3], true
            from access_events where request_ref like 'bench-%' and event_type = 'request-made' and id % 20 <> 0;
            insert into access_events (request_ref, event_type, occurred_at, booking_role, booking_modality, is_demo)
            select request_ref, 'booked', occurred_at, 'gp', 'telephone', true from access_events where event_type = 'outcome-given' and disposition = 'gp-appointment';
            insert into access_events (request_ref, event_type, occurred_at, is_demo)
            select request_ref, case when id % 17 = 0 then 'did-not-attend' else 'attended' end, occurred_at + interval '2 days', true from access_events where event_type = 'booked';
            insert into access_events (request_ref, event_type, occurred_at, feedback_score, is_demo)
            select request_ref, 'feedback-given', occurred_at + interval '1 hour', 1 + id % 5, true from access_events where event_type = 'request-made' and id % 3 = 0;
            alter table access_events enable trigger access_events_to_requests;
            select rebuild_access_summaries();
            """);
        command.CommandTimeout = 600;
        await command.ExecuteNonQueryAsync(cancellationToken);
        // As autovacuum would after a day of writes: the trigger's upserts leave dead row versions behind.
        await using var vacuum = dataSource.CreateCommand("vacuum analyze access_requests, access_daily");
        vacuum.CommandTimeout = 600;
        await vacuum.ExecuteNonQueryAsync(cancellationToken);
        return requests;
    }

    private static async Task<string> FirstAsync(IServiceProvider services, string sql, CancellationToken cancellationToken)
    {
        await using var command = services.GetRequiredService<NpgsqlDataSource>().CreateCommand(sql);
        return (string)(await command.ExecuteScalarAsync(cancellationToken) ?? "M1J4Y");
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}

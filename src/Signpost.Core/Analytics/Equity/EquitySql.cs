using Signpost.Core.Analytics.Measures;

namespace Signpost.Core.Analytics.Equity;

/// <summary>
/// The queries of the equity view, over the daily totals (all areas) or over request rows (a place, PCN or practice),
/// and the count of navigation's events that are not requests (emergency advice, online route closed), which
/// the trigger does not copy into access_events.
/// </summary>
internal sealed record EquitySql(string Groups, string Dispositions, string Bookings, string Demo, string NotRequests)
{
    private const string Types = AreaSelection.ParameterTypes + " and $4::date is not null and $5::date is not null";
    private const string Days = "day >= $4 and day <= $5";
    private const string Instants = "occurred_at >= ($4::date::timestamp at time zone 'Europe/London') and occurred_at < (($5::date + 1)::timestamp at time zone 'Europe/London')";
    private const string Requests = "(r.occurred_at at time zone 'Europe/London')::date >= $4 and (r.occurred_at at time zone 'Europe/London')::date <= $5 and r.practice_code = any($3)";

    public static EquitySql ForAllAreas(string dimension) => new(
        $"""
        select value, grouping(value) = 1, sum(requests)::bigint, sum(entered_by_staff)::bigint, sum(with_outcome)::bigint,
            sum(outcome_hours) / nullif(sum(with_outcome), 0), sum(outcome_within_day)::bigint, sum(booked)::bigint,
            sum(attendance_recorded)::bigint, sum(did_not_attend)::bigint, sum(feedback_count)::bigint,
            sum(feedback_total)::float8 / nullif(sum(feedback_count), 0)
        from access_daily where dimension = '{dimension}' and {Days} and {Types}
        group by grouping sets ((value), ()) having sum(requests) > 0
        """,
        Counts("disposition"), Counts("booking"),
        $"select coalesce(sum(demo_requests), 0) > 0 from access_daily where dimension = 'channel' and {Days} and {Types}",
        NotRequestCounts("true"));

    // Emergency advice from the red-flag screen comes before any details, so it has no practice: an area counts only
    // the online requests its practices did not accept.
    private static string NotRequestCounts(string area) =>
        $"""
        select event, count(*) from navigation_access_events
        where event in ('emergency-advice', 'not-accepted') and {Instants} and {Types} and {area}
        group by event
        """;

    private static string Counts(string dimension) =>
        $"select value, sum(requests)::bigint from access_daily where dimension = '{dimension}' and {Days} and {Types} group by value having sum(requests) > 0 order by 2 desc, 1";

    public static EquitySql ForPractices(string column) => new(
        $"""
        select coalesce(r.{column}, 'not recorded'), grouping(coalesce(r.{column}, 'not recorded')) = 1, count(*),
            count(*) filter (where r.entered_by_staff), count(r.outcome_at),
            avg(extract(epoch from r.outcome_at - r.occurred_at) / 3600)::float8,
            count(*) filter (where r.outcome_at - r.occurred_at <= interval '24 hours'),
            count(*) filter (where r.booked), count(*) filter (where r.attendance_recorded), count(*) filter (where r.did_not_attend),
            sum(r.feedback_count)::bigint, sum(r.feedback_total)::float8 / nullif(sum(r.feedback_count), 0)
        from access_requests r where {Requests} and {Types}
        group by grouping sets ((coalesce(r.{column}, 'not recorded')), ())
        """,
        $"select coalesce(r.disposition, 'not recorded'), count(*) from access_requests r where r.outcome_at is not null and {Requests} and {Types} group by 1 order by 2 desc, 1",
        $"select coalesce(r.booking_role, 'not recorded') || ', ' || coalesce(r.booking_modality, 'not recorded'), count(*) from access_requests r where r.booked and {Requests} and {Types} group by 1 order by 2 desc, 1",
        $"select exists (select 1 from access_requests r where r.is_demo and {Requests} and {Types})",
        NotRequestCounts("event = 'not-accepted' and practice_ods_code = any($3)"));
}

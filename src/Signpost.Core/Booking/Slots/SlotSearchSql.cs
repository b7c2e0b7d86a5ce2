using System.Text;
using Npgsql;
using Signpost.Core.Time;

namespace Signpost.Core.Booking.Slots;

/// <summary>
/// The slot search statements. A search for free slots walks the partial index <c>booking_slots_free</c> (site,
/// type, start, id) once per fitting site and type, earliest first, and stops at the limit: for a person's practice
/// and its PCN hub that is a handful of short index scans, whatever the number of other practices' slots, how far
/// a rush has got or how stale the table's statistics are. A search that includes busy slots filters by start range.
/// </summary>
internal static class SlotSearchSql
{
    private const string Columns = """
        select s.id, s.schedule_id, s.site_id, site.name, site.is_hub, sch.practitioner_id, p.display_name, t.role, t.modality,
            t.code, t.name, t.gpad_category, s.start_at, s.end_at,
            case when s.status = 'free' and s.hold_id is not null then 'busy-tentative' else s.status end
        """;

    private const string General = Columns + """

        from booking_slots s
        join booking_appointment_types t on t.id = s.appointment_type_id
        join booking_sites site on site.id = s.site_id
        join booking_schedules sch on sch.id = s.schedule_id
        join booking_practitioners p on p.id = sch.practitioner_id
        where s.start_at >= @from and s.start_at < @to
        """;

    // The type's rules in the index condition too: a same-day type's slots end at midnight UK time (local_date is the
    // UK date of start_at, so "local_date <= D" is "start_at < midnight after D"); local_date stays the rule itself.
    private const string Bookable = """
         and s.start_at >= @now + make_interval(mins => t.minimum_notice_minutes)
         and s.start_at < ((@today + case when t.same_day then 1 else t.booking_window_days + 1 end)::timestamp at time zone 'Europe/London')
         and s.local_date <= @today + t.booking_window_days and (not t.same_day or s.local_date = @today)
        """;

    private const string PracticeSites = """
        (select fit.id from booking_sites fit where fit.practice_code = @practice
            union all select hub.id from booking_sites hub join pcn_members m on m.pcn_code = hub.pcn_code
            where hub.is_hub and m.practice_code = @practice and (m.end_date is null or m.end_date >= @practice_day))
        """;

    public static NpgsqlCommand Build(SlotQuery query, DateTimeOffset now)
    {
        var command = new NpgsqlCommand();
        command.With("from", query.From).With("to", query.To).With("limit", Math.Clamp(query.Limit, 1, SlotSearch.MaxLimit));
        if (query.BookableNow) command.With("now", now).With("today", UkTime.DateOf(now));
        if (query.PracticeCode is { } practice) command.With("practice", practice).With("practice_day", UkTime.DateOf(now));
        if (query.SiteId is { } site) command.With("site", site);
        if (query.ScheduleId is { } schedule) command.With("schedule", schedule);
        command.CommandText = query.FreeOnly ? FreeBySite(query, command) : ByRange(query, command);
        return command;
    }

    /// <summary>
    /// Free slots: the fitting sites and types first (materialised, so that the planner cannot probe every site
    /// before filtering, as it did with stale statistics), per site and type the earliest few from the index, the
    /// earliest of those, and only then their schedule and practitioner.
    /// </summary>
    private static string FreeBySite(SlotQuery query, NpgsqlCommand command)
    {
        var sql = new StringBuilder("with site as materialized (select site.id, site.name, site.is_hub from booking_sites site where true");
        if (query.PracticeCode is not null) sql.Append(" and site.id in ").Append(PracticeSites);
        if (query.SiteId is not null) sql.Append(" and site.id = @site");
        if (query.ScheduleId is not null) sql.Append(" and site.id = (select sc.site_id from booking_schedules sc where sc.id = @schedule)");
        sql.Append("), t as materialized (select * from booking_appointment_types t where true");
        TypeFilters(sql, command, query);
        sql.Append("""
            )
            select f.id, f.schedule_id, f.site_id, f.site_name, f.is_hub, sch.practitioner_id, p.display_name, f.role, f.modality,
                f.code, f.type_name, f.gpad_category, f.start_at, f.end_at, 'free'
            from (
                select s.id, s.schedule_id, s.site_id, site.name as site_name, site.is_hub, t.role, t.modality, t.code, t.name as type_name,
                    t.gpad_category, s.start_at, s.end_at
                from site cross join t cross join lateral (
                    select s.id, s.schedule_id, s.site_id, s.start_at, s.end_at from booking_slots s
                    where s.site_id = site.id and s.appointment_type_id = t.id and s.status = 'free' and s.hold_id is null
                      and s.start_at >= @from and s.start_at < @to
            """);
        if (query.BookableNow) sql.Append(Bookable);
        if (query.ScheduleId is not null) sql.Append(" and s.schedule_id = @schedule");
        return sql.Append("""

                    order by s.start_at, s.id limit @limit) s
                order by s.start_at, s.id limit @limit) f
            join booking_schedules sch on sch.id = f.schedule_id
            join booking_practitioners p on p.id = sch.practitioner_id
            order by f.start_at, f.id
            """).ToString();
    }

    private static string ByRange(SlotQuery query, NpgsqlCommand command)
    {
        var sql = new StringBuilder(General);
        if (query.BookableNow) sql.Append(Bookable);
        TypeFilters(sql, command, query);
        if (query.SiteId is not null) sql.Append(" and s.site_id = @site");
        if (query.ScheduleId is not null) sql.Append(" and s.schedule_id = @schedule");
        if (query.PracticeCode is not null) sql.Append(" and s.site_id in ").Append(PracticeSites);
        return sql.Append(" order by s.start_at, s.id limit @limit").ToString();
    }

    private static void TypeFilters(StringBuilder sql, NpgsqlCommand command, SlotQuery query)
    {
        Filter(sql, command, "t.role", "role", query.Role);
        Filter(sql, command, "t.modality", "modality", query.Modality);
        Filter(sql, command, "t.code", "type", query.TypeCode);
    }

    private static void Filter(StringBuilder sql, NpgsqlCommand command, string column, string name, string? value)
    {
        if (value is null) return;
        sql.Append(" and ").Append(column).Append(" = @").Append(name);
        command.With(name, value);
    }
}

using Signpost.Core.Time;
using System.Text;
using Npgsql;

namespace Signpost.Core.Booking.Slots;

/// <summary>Finds slots, earliest first. A hot path (the 8 a.m. rush), so plain SQL with only the conditions asked for.</summary>
public class SlotSearch(NpgsqlDataSource dataSource, TimeProvider clock)
{
    public const int MaxLimit = 500;

    private const string Select = """
        select s.id, s.schedule_id, s.site_id, site.name, site.is_hub, sch.practitioner_id, p.display_name, t.role, t.modality,
            t.code, t.name, t.gpad_category, s.start_at, s.end_at,
            case when s.status = 'free' and s.hold_id is not null then 'busy-tentative' else s.status end
        from booking_slots s
        join booking_appointment_types t on t.id = s.appointment_type_id
        join booking_sites site on site.id = s.site_id
        join booking_schedules sch on sch.id = s.schedule_id
        join booking_practitioners p on p.id = sch.practitioner_id
        """;

    /// <summary>One slot, whatever its status.</summary>
    public async Task<SlotView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(Select + " where s.id = @id").With("id", id);
        return (await ReadAsync(command, cancellationToken)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<SlotView>> FindAsync(SlotQuery query, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var sql = new StringBuilder(Select + " where s.start_at >= @from and s.start_at < @to");
        await using var command = new NpgsqlCommand();
        command.With("from", query.From).With("to", query.To).With("limit", Math.Clamp(query.Limit, 1, MaxLimit));
        if (query.FreeOnly) sql.Append(" and s.status = 'free' and s.hold_id is null");
        if (query.BookableNow)
        {
            sql.Append("""
                 and s.start_at >= @now + make_interval(mins => t.minimum_notice_minutes)
                 and s.local_date <= @today + t.booking_window_days and (not t.same_day or s.local_date = @today)
                """);
            command.With("now", now).With("today", UkTime.DateOf(now));
        }
        Filter(sql, command, "t.role", "role", query.Role);
        Filter(sql, command, "t.modality", "modality", query.Modality);
        Filter(sql, command, "t.code", "type", query.TypeCode);
        if (query.SiteId is { } site) { sql.Append(" and s.site_id = @site"); command.With("site", site); }
        if (query.ScheduleId is { } schedule) { sql.Append(" and s.schedule_id = @schedule"); command.With("schedule", schedule); }
        if (query.PracticeCode is { } practice)
        {
            // The practice's own sites and its PCN's hub: a handful of sites, each a short index scan.
            sql.Append("""
                 and s.site_id in (select fit.id from booking_sites fit where fit.practice_code = @practice
                     union all select hub.id from booking_sites hub join pcn_members m on m.pcn_code = hub.pcn_code
                     where hub.is_hub and m.practice_code = @practice and (m.end_date is null or m.end_date >= @practice_day))
                """);
            command.With("practice", practice).With("practice_day", UkTime.DateOf(now));
        }
        sql.Append(" order by s.start_at, s.id limit @limit");
        command.CommandText = sql.ToString();
        // A few shapes of this statement serve every search: prepared once per connection, planned once.
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        command.Connection = connection;
        await command.PrepareAsync(cancellationToken);
        return await ReadAsync(command, cancellationToken);
    }

    private static void Filter(StringBuilder sql, NpgsqlCommand command, string column, string name, string? value)
    {
        if (value is null) return;
        sql.Append(" and ").Append(column).Append(" = @").Append(name);
        command.With(name, value);
    }

    private static async Task<IReadOnlyList<SlotView>> ReadAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var list = new List<SlotView>();
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        while (await r.ReadAsync(cancellationToken))
        {
            list.Add(new SlotView(r.GetGuid(0), r.GetGuid(1), r.GetGuid(2), r.GetString(3), r.GetBoolean(4), r.GetGuid(5), r.GetString(6),
                r.GetString(7), r.GetString(8), r.GetString(9), r.GetString(10), r.GetString(11),
                r.GetFieldValue<DateTimeOffset>(12), r.GetFieldValue<DateTimeOffset>(13), r.GetString(14)));
        }
        return list;
    }
}

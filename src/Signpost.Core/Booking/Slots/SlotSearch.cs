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
        await using var command = SlotSearchSql.Build(query, clock.GetUtcNow()).Positional();
        // A few shapes of this statement serve every search: prepared once per connection, planned once.
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        command.Connection = connection;
        await command.PrepareAsync(cancellationToken);
        return await ReadAsync(command, cancellationToken);
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

using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Signpost.Core.Data;

namespace Signpost.Core.Booking.Slots;

/// <summary>
/// Brings the stored slots in line with the schedules' rules for a range of dates. Idempotent (a slot is
/// unique by schedule and start) and safe to run from several instances at once. Booked and held slots are
/// never changed: a booked slot inside new leave stays booked for staff to rebook.
/// </summary>
public class SlotGenerator(SignpostDb db)
{
    public async Task<GenerateSlotsResult> GenerateAsync(GenerateSlotsOptions options, CancellationToken cancellationToken = default)
    {
        var schedules = await db.Set<BookingSchedule>().AsNoTracking()
            .Where(s => s.Active && (options.ScheduleIds == null || options.ScheduleIds.Contains(s.Id)))
            .ToListAsync(cancellationToken);
        var ids = schedules.Select(s => s.Id).ToList();
        var rules = await LoadRulesAsync(schedules, options, cancellationToken);
        var planned = rules.SelectMany(r => SlotPlanner.Plan(r, options.FirstDay, options.LastDay)).ToList();
        var siteBySchedule = schedules.ToDictionary(s => s.Id, s => s.SiteId);

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var created = await InsertAsync(connection, planned, siteBySchedule, cancellationToken);
            var (takenOut, putBack) = await ReconcileAsync(connection, ids, planned, options, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            if (created >= AnalyzeAfter) await AnalyzeAsync(connection, cancellationToken);
            return new GenerateSlotsResult(created, takenOut, putBack);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// After this many new slots the table's statistics are refreshed at once rather than when autovacuum gets to
    /// it: searches are planned from them, and a rush can start minutes after its slots were generated.
    /// </summary>
    public const int AnalyzeAfter = 1000;

    private static async Task AnalyzeAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var analyze = new NpgsqlCommand("analyze booking_slots", connection);
        await analyze.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<List<ScheduleRules>> LoadRulesAsync(List<BookingSchedule> schedules, GenerateSlotsOptions options, CancellationToken cancellationToken)
    {
        var ids = schedules.Select(s => s.Id).ToList();
        var practitioners = schedules.Select(s => s.PractitionerId).Distinct().ToList();
        var patterns = await db.Set<AvailabilityPattern>().AsNoTracking().Where(p => ids.Contains(p.ScheduleId)).ToListAsync(cancellationToken);
        var exceptions = await db.Set<ScheduleAdjustment>().AsNoTracking()
            .Where(e => ids.Contains(e.ScheduleId) && e.OnDate >= options.FirstDay && e.OnDate <= options.LastDay).ToListAsync(cancellationToken);
        var leave = await db.Set<PractitionerLeave>().AsNoTracking()
            .Where(l => practitioners.Contains(l.PractitionerId) && l.LastDay >= options.FirstDay && l.FirstDay <= options.LastDay).ToListAsync(cancellationToken);
        var durations = await db.Set<AppointmentType>().AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.DurationMinutes, cancellationToken);
        return schedules.Select(s => new ScheduleRules(s.Id,
            patterns.Where(p => p.ScheduleId == s.Id).ToList(),
            exceptions.Where(e => e.ScheduleId == s.Id).ToList(),
            leave.Where(l => l.PractitionerId == s.PractitionerId).ToList(),
            durations)).ToList();
    }

    private static async Task<int> InsertAsync(NpgsqlConnection connection, List<PlannedSlot> planned, Dictionary<Guid, Guid> siteBySchedule, CancellationToken cancellationToken)
    {
        await using var insert = new NpgsqlCommand("""
            insert into booking_slots (id, schedule_id, site_id, appointment_type_id, room_id, start_at, end_at, local_date, status)
            select gen_random_uuid(), s, site, t, r, a, b, d, 'free'
            from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::timestamptz[], $6::timestamptz[], $7::date[]) as x(s, site, t, r, a, b, d)
            on conflict (schedule_id, start_at) do nothing
            """, connection);
        insert.Parameters.Add(new NpgsqlParameter { Value = planned.Select(p => p.ScheduleId).ToArray() });
        insert.Parameters.Add(new NpgsqlParameter { Value = planned.Select(p => siteBySchedule[p.ScheduleId]).ToArray() });
        insert.Parameters.Add(new NpgsqlParameter { Value = planned.Select(p => p.AppointmentTypeId).ToArray() });
        insert.Parameters.Add(new NpgsqlParameter { Value = planned.Select(p => p.RoomId).ToArray() });
        insert.Parameters.Add(new NpgsqlParameter { Value = planned.Select(p => p.StartAt.UtcDateTime).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz });
        insert.Parameters.Add(new NpgsqlParameter { Value = planned.Select(p => p.EndAt.UtcDateTime).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz });
        insert.Parameters.Add(new NpgsqlParameter { Value = planned.Select(p => p.LocalDate).ToArray() });
        return await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<(int TakenOut, int PutBack)> ReconcileAsync(NpgsqlConnection connection, List<Guid> ids, List<PlannedSlot> planned, GenerateSlotsOptions options, CancellationToken cancellationToken)
    {
        // (a, b) [not] in (subquery) is planned as a hashed subplan: linear in the number of slots.
        const string Planned = "(select * from unnest($4::uuid[], $5::timestamptz[]) as p(schedule_id, start_at))";
        var takenOut = await ExecuteAsync(connection, $"""
            update booking_slots s set status = 'busy-unavailable', version = version + 1
            where s.schedule_id = any($1) and s.local_date between $2 and $3 and s.status = 'free' and s.hold_id is null
              and (s.schedule_id, s.start_at) not in (select p.schedule_id, p.start_at from {Planned} p)
            """, ids, options, planned, cancellationToken);
        var putBack = await ExecuteAsync(connection, $"""
            update booking_slots s set status = 'free', version = version + 1
            where s.schedule_id = any($1) and s.local_date between $2 and $3 and s.status = 'busy-unavailable'
              and (s.schedule_id, s.start_at) in (select p.schedule_id, p.start_at from {Planned} p)
            """, ids, options, planned, cancellationToken);
        return (takenOut, putBack);
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, List<Guid> ids, GenerateSlotsOptions options, List<PlannedSlot> planned, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = ids.ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = options.FirstDay });
        command.Parameters.Add(new NpgsqlParameter { Value = options.LastDay });
        command.Parameters.Add(new NpgsqlParameter { Value = planned.Select(p => p.ScheduleId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = planned.Select(p => p.StartAt.UtcDateTime).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

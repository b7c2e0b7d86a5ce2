namespace Signpost.Core.Booking.Holds;

internal static class HoldSql
{
    public const string Place = """
        with claimed as (
            update booking_slots s set hold_id = @hold, held_until = @expires
            from booking_appointment_types t
            where s.id = @slot and t.id = s.appointment_type_id and s.status = 'free' and s.hold_id is null
              and s.start_at >= @now + make_interval(mins => t.minimum_notice_minutes)
              and s.local_date <= @today + t.booking_window_days
              and (not t.same_day or s.local_date = @today)
            returning s.id
        )
        insert into booking_holds (id, slot_id, kind, link_id, state, created_by, created_at, expires_at)
        select @hold, id, 'hold', @link, 'active', @actor, @now, @expires from claimed
        """;

    /// <summary>Ends due holds exactly once: rows are claimed with skip locked and must still be active.</summary>
    public const string ExpireDue = """
        with due as (
            select id from booking_holds where state = 'active' and expires_at <= @now
            order by expires_at limit @batch for update skip locked
        )
        update booking_holds h set state = 'expired', ended_at = @now
        from due where h.id = due.id and h.state = 'active'
        returning h.id, h.slot_id, h.kind, h.waitlist_entry_id
        """;

    public const string Release = """
        update booking_holds set state = 'released', ended_at = @now
        where id = @hold and state = 'active'
        returning id, slot_id, kind, waitlist_entry_id
        """;

    public const string FreeSlots = """
        update booking_slots set hold_id = null, held_until = null where hold_id = any(@ids)
        """;

    public const string BackToWaiting = """
        update booking_waitlist_entries set state = case when latest_at > @now then 'waiting' else 'expired' end, updated_at = @now
        where id = any(@entries) and state = 'offered'
        """;

    public const string Audit = """
        insert into audit_log (at, actor_type, actor, action, entity_type, entity_id, details)
        select @now, @actor_type, @actor, @action, 'booking-hold', h::text, null from unnest(@ids) as h
        """;
}

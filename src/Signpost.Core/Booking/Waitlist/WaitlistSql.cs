namespace Signpost.Core.Booking.Waitlist;

internal static class WaitlistSql
{
    /// <summary>
    /// The longest-waiting entry that the slot fits: role, modality, site, the entry's time frame, the type's
    /// minimum notice, and the practice (its own sites, or its PCN's hub). Someone offered this slot before
    /// is not offered it again.
    /// </summary>
    public const string NextCandidate = """
        select e.id, e.patient_name, e.patient_phone, e.patient_email, e.language,
            s.start_at - make_interval(mins => t.minimum_notice_minutes) as last_chance
        from booking_slots s
        join booking_appointment_types t on t.id = s.appointment_type_id
        join booking_sites site on site.id = s.site_id
        join booking_waitlist_entries e on e.state = 'waiting' and e.role = t.role
        where s.id = @slot and s.status = 'free' and s.hold_id is null
          and (e.modality is null or e.modality = t.modality)
          and (e.site_id is null or e.site_id = s.site_id)
          and s.start_at >= e.earliest_at and s.start_at <= e.latest_at
          and s.start_at >= @now + make_interval(mins => t.minimum_notice_minutes)
          and (site.practice_code = e.practice_code or (site.is_hub and site.pcn_code in (
              select m.pcn_code from pcn_members m where m.practice_code = e.practice_code and (m.end_date is null or m.end_date >= @today))))
          and not exists (select 1 from booking_holds h where h.slot_id = s.id and h.waitlist_entry_id = e.id)
        order by e.created_at, e.id
        limit 1
        for update of e skip locked
        """;

    public const string HoldSlot = """
        update booking_slots set hold_id = @hold, held_until = @expires
        where id = @slot and status = 'free' and hold_id is null
        """;

    public const string InsertHold = """
        insert into booking_holds (id, slot_id, kind, waitlist_entry_id, state, created_by, created_at, expires_at)
        values (@hold, @slot, 'offer', @entry, 'active', 'waitlist', @now, @expires)
        """;

    public const string InsertLink = """
        insert into booking_links (id, token_hash, purpose, created_by, created_at, expires_at, waitlist_entry_id, hold_id, language)
        values (@link, @hash, 'offer', 'waitlist', @now, @expires, @entry, @hold, @language)
        """;

    public const string MarkOffered = """
        update booking_waitlist_entries set state = 'offered', updated_at = @now where id = @entry
        """;

    public const string Message = """
        insert into booking_notifications (id, kind, channel, recipient, language, personalisation, status, due_at, next_attempt_at, created_at)
        select gen_random_uuid(), 'offer', @channel, @recipient, @language,
            jsonb_build_object('name', @name::text, 'start', s.start_at, 'site', site.name, 'role', t.role, 'modality', t.modality,
                'offer_path', @path::text, 'expires', @expires),
            'pending', @now, @now, @now
        from booking_slots s join booking_sites site on site.id = s.site_id join booking_appointment_types t on t.id = s.appointment_type_id
        where s.id = @slot
        """;

    public const string Audit = """
        insert into audit_log (at, actor_type, actor, action, entity_type, entity_id, details)
        values (@now, 'system', 'signpost', 'waitlist.offered', 'waitlist-entry', @entry_text, jsonb_build_object('slot', @slot, 'hold', @hold))
        """;
}

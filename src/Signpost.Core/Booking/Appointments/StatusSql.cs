namespace Signpost.Core.Booking.Appointments;

internal static class StatusSql
{
    public const string Lock = """
        select status, version, slot_id, patient_phone, patient_email, language from booking_appointments where id = @id for update
        """;

    public const string Update = """
        update booking_appointments set status = @to, version = version + 1, updated_at = @now,
            cancellation_reason = coalesce(@reason, cancellation_reason),
            cancellation_note = case when @reason::text is null then cancellation_note else @note end
        where id = @id
        """;

    public const string Event = """
        insert into booking_appointment_events (appointment_id, at, actor_type, actor, from_status, to_status, reason)
        values (@id, @now, @actor_type, @actor, @from, @to, @reason)
        """;

    public const string Audit = """
        insert into audit_log (at, actor_type, actor, action, entity_type, entity_id, details, ip_address)
        values (@now, @actor_type, @actor, @action, 'appointment', @id, @details::jsonb, @ip)
        """;

    public const string CancelReminders = """
        update booking_notifications set status = 'cancelled'
        where appointment_id = @id and kind = 'reminder' and status = 'pending'
        """;

    public const string CancellationMessage = """
        insert into booking_notifications (id, kind, appointment_id, channel, recipient, language, personalisation, status, due_at, next_attempt_at, created_at)
        select gen_random_uuid(), 'cancellation', a.id, @channel, @recipient, @language,
            jsonb_build_object('name', a.patient_name, 'start', s.start_at, 'site', site.name, 'role', t.role, 'modality', t.modality),
            'pending', @now, @now, @now
        from booking_appointments a join booking_slots s on s.id = a.slot_id
        join booking_sites site on site.id = s.site_id join booking_appointment_types t on t.id = s.appointment_type_id
        where a.id = @id
        """;

    // A slot in the past stays busy: nobody can use it, and its history stays readable.
    public const string FreeSlot = """
        update booking_slots set status = 'free', version = version + 1
        where id = @id and status = 'busy' and start_at > @now
        """;
}

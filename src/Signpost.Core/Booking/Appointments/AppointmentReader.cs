using Npgsql;

namespace Signpost.Core.Booking.Appointments;

/// <summary>Reads appointments with their slot, site, practitioner and type.</summary>
public class AppointmentReader(NpgsqlDataSource dataSource)
{
    /// <summary>The view's columns, given the aliases a (appointment), s (slot), t (type), site, sch (schedule), p (practitioner).</summary>
    internal const string Columns = """
        a.id, a.slot_id, s.schedule_id, s.site_id, site.name as site_name, sch.practitioner_id, p.display_name as practitioner_name,
        t.role, t.modality, t.code as type_code, t.name as type_name, t.gpad_category, s.start_at, s.end_at, a.status,
        a.patient_name, a.patient_nhs_number, a.patient_phone, a.patient_email, a.request_id, a.description,
        a.cancellation_reason, a.cancellation_note, a.channel, a.created_at, a.updated_at, a.version
        """;

    internal const string Joins = """
        join booking_appointment_types t on t.id = s.appointment_type_id
        join booking_sites site on site.id = s.site_id
        join booking_schedules sch on sch.id = s.schedule_id
        join booking_practitioners p on p.id = sch.practitioner_id
        """;

    private const string Select = $"select {Columns} from booking_appointments a join booking_slots s on s.id = a.slot_id {Joins}";

    public async Task<AppointmentView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"{Select} where a.id = @id").With("id", id);
        return (await ReadAllAsync(command, cancellationToken)).SingleOrDefault();
    }

    internal static async Task<AppointmentView?> GetAsync(NpgsqlConnection connection, Guid id, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"{Select} where a.id = @id", connection).With("id", id);
        return (await ReadAllAsync(command, cancellationToken)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<AppointmentView>> FindByNhsNumberAsync(string nhsNumber, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"{Select} where a.patient_nhs_number = @n order by s.start_at limit 200").With("n", nhsNumber);
        return await ReadAllAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<AppointmentView>> FindBySlotAsync(Guid slotId, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"{Select} where a.slot_id = @s order by a.created_at").With("s", slotId);
        return await ReadAllAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<AppointmentView>> FindBySiteAndDayAsync(Guid? siteId, DateOnly day, CancellationToken cancellationToken = default)
    {
        var where = siteId is null ? "s.local_date = @d" : "s.local_date = @d and s.site_id = @site";
        await using var command = dataSource.CreateCommand($"{Select} where {where} order by s.start_at limit 500").With("d", day).With("site", siteId);
        return await ReadAllAsync(command, cancellationToken);
    }

    internal static async Task<List<AppointmentView>> ReadAllAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var list = new List<AppointmentView>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) list.Add(Read(reader));
        return list;
    }

    internal static AppointmentView Read(NpgsqlDataReader r) => new()
    {
        Id = r.Get<Guid>("id"), SlotId = r.Get<Guid>("slot_id"), ScheduleId = r.Get<Guid>("schedule_id"), SiteId = r.Get<Guid>("site_id"),
        SiteName = r.Get<string>("site_name")!, PractitionerId = r.Get<Guid>("practitioner_id"), PractitionerName = r.Get<string>("practitioner_name")!,
        Role = r.Get<string>("role")!, Modality = r.Get<string>("modality")!, TypeCode = r.Get<string>("type_code")!, TypeName = r.Get<string>("type_name")!,
        GpadCategory = r.Get<string>("gpad_category")!, StartAt = r.Get<DateTimeOffset>("start_at"), EndAt = r.Get<DateTimeOffset>("end_at"),
        Status = r.Get<string>("status")!, PatientName = r.Get<string>("patient_name")!, PatientNhsNumber = r.Get<string>("patient_nhs_number"),
        PatientPhone = r.Get<string>("patient_phone"), PatientEmail = r.Get<string>("patient_email"), RequestId = r.Get<Guid?>("request_id"),
        Description = r.Get<string>("description"), CancellationReason = r.Get<string>("cancellation_reason"), CancellationNote = r.Get<string>("cancellation_note"),
        Channel = r.Get<string>("channel")!, CreatedAt = r.Get<DateTimeOffset>("created_at"), UpdatedAt = r.Get<DateTimeOffset>("updated_at"), Version = r.Get<int>("version"),
    };
}

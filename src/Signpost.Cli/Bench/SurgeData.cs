using Signpost.Core.Time;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Booking;
using Signpost.Core.Booking.Slots;
using Signpost.Core.Data;
using Signpost.Core.ReferenceData;

namespace Signpost.Cli.Bench;

/// <summary>
/// The bench's own schedules for today (UK time): PCNs of four practices and a hub, each practice with GP phone,
/// GP face-to-face and nurse sessions, each hub with physiotherapy and GP phone sessions, cut into 5-minute
/// same-day slots from a couple of minutes from now. Every code starts with the run's tag, so the data can be
/// removed afterwards. Each simulated person's need follows one schedule (about four people per schedule), so
/// demand matches supply and people compete for the same earliest slots.
/// </summary>
public sealed class SurgeData(string tag)
{
    public const int SlotMinutes = 5;
    public const int ClientsPerDiary = 4;
    private static readonly (string Role, string Modality)[] PracticeTypes = [(MdtRoles.Gp, Modalities.Telephone), (MdtRoles.Gp, Modalities.FaceToFace), (MdtRoles.Nurse, Modalities.FaceToFace)];
    private static readonly (string Role, string Modality)[] HubTypes = [(MdtRoles.Physiotherapist, Modalities.FaceToFace), (MdtRoles.Gp, Modalities.Telephone)];

    public string Tag => tag;

    /// <summary>A short upper-case tag (practice codes in searches are up to 10 letters and digits).</summary>
    public static string NewTag() => "BN" + Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(2))[..3];

    /// <summary>Removes everything the run created except audit entries (append-only), for runs against a shared database.</summary>
    public async Task RemoveAsync(SignpostDb db, CancellationToken cancellationToken)
    {
        var types = $"(select id from booking_appointment_types where code like '{tag.ToLowerInvariant()}-%')";
        var slots = $"(select id from booking_slots where appointment_type_id in {types})";
        var appointments = $"(select id from booking_appointments where slot_id in {slots})";
        string[] statements =
        [
            $"delete from booking_notifications where appointment_id in {appointments}", $"delete from booking_links where appointment_id in {appointments}",
            $"delete from booking_appointment_events where appointment_id in {appointments}", $"delete from booking_appointments where slot_id in {slots}",
            $"delete from booking_holds where slot_id in {slots}", $"delete from booking_slots where appointment_type_id in {types}",
            $"delete from booking_availability_patterns where appointment_type_id in {types}", $"delete from booking_schedules where name like '{tag} %'",
            $"delete from booking_practitioners where display_name like '{tag} %'", $"delete from booking_sites where name like '{tag} %'",
            $"delete from booking_appointment_types where code like '{tag.ToLowerInvariant()}-%'", $"delete from pcn_members where pcn_code like '{tag}P%'",
        ];
        foreach (var sql in statements) await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
    }

    /// <summary>Creates the schedules and generates their slots; returns one need per schedule and the slot count.</summary>
    public async Task<(List<SurgeNeed> Needs, int Slots, DateTimeOffset LastStart)> CreateAsync(SignpostDb db, int slots, int clients, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var localNow = UkTime.ToLocal(now);
        var start = TimeOnly.FromDateTime(localNow.DateTime).Add(TimeSpan.FromMinutes(2));
        start = new TimeOnly(start.Hour, start.Minute / SlotMinutes * SlotMinutes).Add(TimeSpan.FromMinutes(SlotMinutes));
        var minutesLeft = (int)(new TimeOnly(23, 55) - start).TotalMinutes;
        if (start < TimeOnly.FromDateTime(localNow.DateTime) || minutesLeft <= 0) throw new BenchException("It is too late in the UK day for same-day slots: run the bench before 23:45 UK time.");
        // About ClientsPerDiary people want each diary's earliest slot: the races of a practice at 8 a.m.
        var diaries = Math.Max(1, clients / ClientsPerDiary);
        var perSchedule = Math.Max(1, Math.Min(minutesLeft / SlotMinutes, (slots + diaries - 1) / diaries));
        var schedules = (slots + perSchedule - 1) / perSchedule;
        if (schedules > clients) throw new BenchException($"Only {minutesLeft} minutes of today are left: {slots} slots need {schedules} diaries, more than the {clients} clients. Use fewer slots or run earlier in the UK day.");
        var today = DateOnly.FromDateTime(localNow.DateTime);
        var needs = await CreateSchedulesAsync(db, schedules, perSchedule, slots, start, today, now, cancellationToken);
        var ids = await db.BookingSchedules.Where(s => s.Name.StartsWith(tag)).Select(s => s.Id).ToListAsync(cancellationToken);
        var result = await new SlotGenerator(db).GenerateAsync(new GenerateSlotsOptions(today, today, ids), cancellationToken);
        var last = await db.BookingSlots.Where(s => ids.Contains(s.ScheduleId)).MaxAsync(s => s.StartAt, cancellationToken);
        return (needs, result.Created, last);
    }

    private async Task<List<SurgeNeed>> CreateSchedulesAsync(SignpostDb db, int schedules, int perSchedule, int slots, TimeOnly start, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var types = PracticeTypes.Concat(HubTypes).Distinct().ToDictionary(t => t, t => Type(t.Role, t.Modality, now));
        db.AppointmentTypes.AddRange(types.Values);
        var needs = new List<SurgeNeed>();
        var remaining = slots;
        for (var i = 0; needs.Count < schedules; i++)
        {
            var (pcn, member) = ($"{tag}P{i / 5}", i % 5);
            var hub = member == 4;
            var practice = hub ? null : $"{tag}G{i}";
            if (!hub) db.PcnMembers.Add(new PcnMember { PracticeCode = practice!, PcnCode = pcn, StartDate = today.AddYears(-1) });
            var site = new BookingSite { Id = Guid.NewGuid(), Name = $"{tag} site {i}", PcnCode = pcn, PracticeCode = practice, IsHub = hub, CreatedAt = now };
            db.BookingSites.Add(site);
            foreach (var kind in hub ? HubTypes : PracticeTypes)
            {
                if (needs.Count == schedules) break;
                var count = Math.Min(perSchedule, remaining);
                remaining -= count;
                AddDiary(db, site, types[kind], start, count, today, now);
                // A hub's slots are for the people of its PCN's four practices (G{i-4} … G{i-1}).
                needs.Add(new SurgeNeed(practice ?? $"{tag}G{i - 4 + needs.Count % 4}", types[kind].Code));
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return needs;
    }

    private void AddDiary(SignpostDb db, BookingSite site, AppointmentType type, TimeOnly start, int count, DateOnly today, DateTimeOffset now)
    {
        var person = new Practitioner { Id = Guid.NewGuid(), DisplayName = $"{tag} {type.Role}", Role = type.Role, CreatedAt = now };
        var schedule = new BookingSchedule { Id = Guid.NewGuid(), Name = $"{tag} diary", PractitionerId = person.Id, SiteId = site.Id, CreatedAt = now };
        var weekday = (short)(today.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)today.DayOfWeek);
        db.Practitioners.Add(person);
        db.BookingSchedules.Add(schedule);
        db.Set<AvailabilityPattern>().Add(new AvailabilityPattern
        {
            Id = Guid.NewGuid(), ScheduleId = schedule.Id, Weekday = weekday, StartTime = start, EndTime = start.AddMinutes(count * SlotMinutes),
            AppointmentTypeId = type.Id, ValidFrom = today, ValidUntil = today,
        });
    }

    private AppointmentType Type(string role, string modality, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(), Code = $"{tag}-{role}-{modality}".ToLowerInvariant(), Name = $"Bench {role} {modality}", DurationMinutes = SlotMinutes, Modality = modality, Role = role,
        GpadCategory = GpadCategories.GeneralConsultationAcute, SameDay = true, BookingWindowDays = 0, MinimumNoticeMinutes = 0, CreatedAt = now,
    };
}

using Signpost.Core.Time;
using Signpost.Core.Booking;
using Signpost.Core.Data;

namespace Signpost.TestCommon;

/// <summary>Builders for uniquely keyed booking data: a site, a practitioner, an appointment type and a schedule.</summary>
public static class BookingTestData
{
    public sealed record Clinic(Guid SiteId, Guid PractitionerId, Guid TypeId, string TypeCode, Guid ScheduleId);

    /// <summary>A site of a practice (or the hub when <paramref name="practiceCode"/> is null) of the given PCN.</summary>
    public static async Task<BookingSite> AddSiteAsync(SignpostDb db, string pcnCode = "U00000", string? practiceCode = "Z00000")
    {
        var site = new BookingSite
        {
            Id = Guid.NewGuid(), Name = $"Test site {Guid.NewGuid():N}"[..20], PcnCode = pcnCode, PracticeCode = practiceCode,
            IsHub = practiceCode is null, CreatedAt = DateTimeOffset.UtcNow,
        };
        db.BookingSites.Add(site);
        await db.SaveChangesAsync();
        return site;
    }

    public static async Task<AppointmentType> AddTypeAsync(SignpostDb db, string role = MdtRoles.Gp, string modality = Modalities.FaceToFace,
        int minutes = 15, bool sameDay = false, int windowDays = 28, int noticeMinutes = 0)
    {
        var type = new AppointmentType
        {
            Id = Guid.NewGuid(), Code = $"t-{Guid.NewGuid():N}", Name = "Test appointment", DurationMinutes = minutes, Modality = modality,
            Role = role, GpadCategory = GpadCategories.GeneralConsultationRoutine, SameDay = sameDay, BookingWindowDays = windowDays,
            MinimumNoticeMinutes = noticeMinutes, CreatedAt = DateTimeOffset.UtcNow,
        };
        db.AppointmentTypes.Add(type);
        await db.SaveChangesAsync();
        return type;
    }

    /// <summary>Free back-to-back slots on the clinic's schedule from <paramref name="start"/>.</summary>
    public static async Task<List<BookingSlot>> AddSlotsAsync(SignpostDb db, Clinic clinic, DateTimeOffset start, int count, int minutes = 15)
    {
        var slots = Enumerable.Range(0, count).Select(i => new BookingSlot
        {
            Id = Guid.NewGuid(), ScheduleId = clinic.ScheduleId, SiteId = clinic.SiteId, AppointmentTypeId = clinic.TypeId,
            StartAt = start.ToUniversalTime().AddMinutes(i * minutes), EndAt = start.ToUniversalTime().AddMinutes((i + 1) * minutes),
            LocalDate = UkTime.DateOf(start.AddMinutes(i * minutes)), Status = "free", Version = 1,
        }).ToList();
        db.BookingSlots.AddRange(slots);
        await db.SaveChangesAsync();
        return slots;
    }

    /// <summary>A site, a type and a clinic with <paramref name="count"/> free slots from <paramref name="start"/>.</summary>
    public static async Task<(Clinic Clinic, List<BookingSlot> Slots)> AddClinicWithSlotsAsync(SignpostDb db, DateTimeOffset start, int count,
        string role = MdtRoles.Gp, string modality = Modalities.FaceToFace, string pcnCode = "U00000", string? practiceCode = "Z00000", int noticeMinutes = 0, bool sameDay = false)
    {
        var site = await AddSiteAsync(db, pcnCode, practiceCode);
        var type = await AddTypeAsync(db, role, modality, sameDay: sameDay, noticeMinutes: noticeMinutes);
        var clinic = await AddClinicAsync(db, site, type, new TimeOnly(9, 0), new TimeOnly(9, 15), DateOnly.FromDateTime(start.UtcDateTime), DayOfWeek.Monday);
        return (clinic, await AddSlotsAsync(db, clinic, start, count));
    }

    /// <summary>A made-up PCN with one member practice (unique codes), for hub eligibility.</summary>
    public static async Task<(string PcnCode, string PracticeCode)> AddPcnAsync(SignpostDb db)
    {
        var suffix = Random.Shared.Next(100000, 999999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (pcn, practice) = ("UT" + suffix, "ZT" + suffix);
        db.PcnMembers.Add(new Signpost.Core.ReferenceData.PcnMember { PcnCode = pcn, PracticeCode = practice, StartDate = new DateOnly(2020, 1, 1) });
        await db.SaveChangesAsync();
        return (pcn, practice);
    }

    public static PatientDetails Patient(string? phone = "07700 900123") => new("Test Patient", "9434765919", phone, null);

    /// <summary>A practitioner with a schedule at <paramref name="site"/> and one weekly session on each given weekday.</summary>
    public static async Task<Clinic> AddClinicAsync(SignpostDb db, BookingSite site, AppointmentType type, TimeOnly start, TimeOnly end,
        DateOnly validFrom, params DayOfWeek[] days)
    {
        var practitioner = new Practitioner { Id = Guid.NewGuid(), DisplayName = "Test Practitioner", Role = type.Role, CreatedAt = DateTimeOffset.UtcNow };
        var schedule = new BookingSchedule { Id = Guid.NewGuid(), Name = "Test schedule", PractitionerId = practitioner.Id, SiteId = site.Id, CreatedAt = DateTimeOffset.UtcNow };
        db.Practitioners.Add(practitioner);
        db.BookingSchedules.Add(schedule);
        foreach (var day in days.Length == 0 ? Enum.GetValues<DayOfWeek>() : days)
        {
            db.Set<AvailabilityPattern>().Add(new AvailabilityPattern
            {
                Id = Guid.NewGuid(), ScheduleId = schedule.Id, Weekday = (short)(day == DayOfWeek.Sunday ? 7 : (int)day),
                StartTime = start, EndTime = end, AppointmentTypeId = type.Id, ValidFrom = validFrom,
            });
        }
        await db.SaveChangesAsync();
        return new Clinic(site.Id, practitioner.Id, type.Id, type.Code, schedule.Id);
    }
}

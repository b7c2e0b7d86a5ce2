using Signpost.Core.Time;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Booking;
using Signpost.Core.Booking.Slots;
using Signpost.Core.Data;

namespace Signpost.Core.Demo;

/// <summary>
/// Demo schedules for <c>./run --demo</c>: a real BLMK PCN (the first open one, by name, with two active member
/// practices), a surgery at each of two of its practices and the PCN's same-day hub, practitioners across the
/// team (a physiotherapist face to face at the hub among them) and two weeks of free slots. Everything is
/// flagged is_demo and named "(demo)".
/// </summary>
public static class DemoBooking
{
    private sealed record TypeSpec(string Code, string Name, int Minutes, string Modality, string Role, string Gpad, bool SameDay, int NoticeMinutes);
    private sealed record Diary(string Site, string Person, string Type, string Days, TimeOnly Start, TimeOnly End);

    private static readonly TypeSpec[] Types =
    [
        new("demo-gp-face-to-face", "GP appointment (demo)", 10, Modalities.FaceToFace, MdtRoles.Gp, GpadCategories.GeneralConsultationRoutine, false, 30),
        new("demo-gp-phone-same-day", "GP phone call today (demo)", 10, Modalities.Telephone, MdtRoles.Gp, GpadCategories.GeneralConsultationAcute, true, 0),
        new("demo-nurse-face-to-face", "Practice nurse appointment (demo)", 15, Modalities.FaceToFace, MdtRoles.Nurse, GpadCategories.PlannedClinics, false, 60),
        new("demo-pharmacist-phone", "Medication review by phone (demo)", 20, Modalities.Telephone, MdtRoles.ClinicalPharmacist, GpadCategories.StructuredMedicationReview, false, 60),
        new("demo-physio-face-to-face", "Physiotherapy, first contact (demo)", 20, Modalities.FaceToFace, MdtRoles.Physiotherapist, GpadCategories.GeneralConsultationRoutine, false, 60),
        new("demo-paramedic-home-visit", "Paramedic home visit today (demo)", 30, Modalities.HomeVisit, MdtRoles.Paramedic, GpadCategories.HomeVisit, true, 0),
    ];

    // Days: letters of MTWTFSS ("12345" = Monday to Friday). Sites: A and B are practices, H the PCN hub.
    private static readonly (string Site, string Person, string Role)[] People =
    [
        ("A", "Dr Amara Okafor (demo)", MdtRoles.Gp), ("A", "Nurse Beth Collins (demo)", MdtRoles.Nurse),
        ("B", "Dr Imran Shah (demo)", MdtRoles.Gp), ("B", "Priya Patel, clinical pharmacist (demo)", MdtRoles.ClinicalPharmacist),
        ("H", "Tom Reid, physiotherapist (demo)", MdtRoles.Physiotherapist), ("H", "Sam Evans, paramedic (demo)", MdtRoles.Paramedic),
        ("H", "Dr Leah Green (demo)", MdtRoles.Gp),
    ];

    private static readonly Diary[] Diaries =
    [
        new("A", "Dr Amara Okafor (demo)", "demo-gp-face-to-face", "12345", new(8, 30), new(12, 0)),
        new("A", "Dr Amara Okafor (demo)", "demo-gp-phone-same-day", "12345", new(14, 0), new(17, 0)),
        new("A", "Nurse Beth Collins (demo)", "demo-nurse-face-to-face", "1234", new(9, 0), new(16, 0)),
        new("B", "Dr Imran Shah (demo)", "demo-gp-face-to-face", "12345", new(9, 0), new(12, 30)),
        new("B", "Priya Patel, clinical pharmacist (demo)", "demo-pharmacist-phone", "235", new(10, 0), new(15, 0)),
        new("H", "Tom Reid, physiotherapist (demo)", "demo-physio-face-to-face", "12345", new(9, 0), new(12, 30)),
        new("H", "Tom Reid, physiotherapist (demo)", "demo-physio-face-to-face", "6", new(9, 0), new(12, 0)),
        new("H", "Sam Evans, paramedic (demo)", "demo-paramedic-home-visit", "12345", new(10, 0), new(16, 0)),
        new("H", "Dr Leah Green (demo)", "demo-gp-phone-same-day", "123456", new(8, 0), new(20, 0)),
    ];

    public sealed record Result(string PcnName, int SchedulesCreated, int SlotsCreated);

    /// <summary>Creates what is missing and generates slots for today and the next 13 days. Safe to run again.</summary>
    public static async Task<Result?> SeedAsync(SignpostDb db, SlotGenerator generator, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        var today = UkTime.DateOf(clock.GetUtcNow());
        var pcn = await ChoosePcnAsync(db, today, cancellationToken);
        if (pcn is null) return null;
        var created = 0;
        if (!await db.BookingSites.AnyAsync(s => s.IsDemo && s.PcnCode == pcn.Value.Code, cancellationToken))
        {
            created = await CreateAsync(db, pcn.Value, today, clock.GetUtcNow(), cancellationToken);
        }
        var schedules = await db.BookingSchedules.Join(db.BookingSites.Where(s => s.IsDemo), s => s.SiteId, s => s.Id, (schedule, _) => schedule.Id).ToListAsync(cancellationToken);
        var slots = await generator.GenerateAsync(new GenerateSlotsOptions(today, today.AddDays(13), schedules), cancellationToken);
        return new Result(pcn.Value.Name, created, slots.Created);
    }

    private static async Task<(string Code, string Name, string Address, string Postcode, (string Code, string Name, string Postcode)[] Practices)?> ChoosePcnAsync(SignpostDb db, DateOnly today, CancellationToken cancellationToken)
    {
        var pcns = await db.Pcns.AsNoTracking().Where(p => p.CloseDate == null).OrderBy(p => p.Name).ToListAsync(cancellationToken);
        foreach (var p in pcns)
        {
            var practices = await (from m in db.PcnMembers
                                   join g in db.GpPractices on m.PracticeCode equals g.OdsCode
                                   where m.PcnCode == p.Code && (m.EndDate == null || m.EndDate >= today) && g.StatusCode == "A" && g.PrescribingSetting == 4
                                   orderby g.Name
                                   select new { g.OdsCode, g.Name, g.Postcode }).Take(2).ToListAsync(cancellationToken);
            if (practices.Count == 2) return (p.Code, p.Name, string.Join(", ", p.AddressLines), p.Postcode, practices.Select(x => (x.OdsCode, x.Name, x.Postcode)).ToArray());
        }
        return null;
    }

    private static async Task<int> CreateAsync(SignpostDb db, (string Code, string Name, string Address, string Postcode, (string Code, string Name, string Postcode)[] Practices) pcn, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sites = new Dictionary<string, BookingSite>
        {
            ["A"] = Site($"{Title(pcn.Practices[0].Name)} (demo)", pcn.Code, pcn.Practices[0].Code, pcn.Practices[0].Postcode, now),
            ["B"] = Site($"{Title(pcn.Practices[1].Name)} (demo)", pcn.Code, pcn.Practices[1].Code, pcn.Practices[1].Postcode, now),
            ["H"] = Site($"{Title(pcn.Name)} same-day hub (demo)", pcn.Code, null, pcn.Postcode, now),
        };
        db.BookingSites.AddRange(sites.Values);
        var types = await EnsureTypesAsync(db, now, cancellationToken);
        var people = People.ToDictionary(p => p.Person, p => new Practitioner { Id = Guid.NewGuid(), DisplayName = p.Person, Role = p.Role, IsDemo = true, CreatedAt = now });
        db.Practitioners.AddRange(people.Values);
        var schedules = People.ToDictionary(p => p.Person, p => new BookingSchedule { Id = Guid.NewGuid(), Name = $"{p.Person} at {sites[p.Site].Name}", PractitionerId = people[p.Person].Id, SiteId = sites[p.Site].Id, CreatedAt = now });
        db.BookingSchedules.AddRange(schedules.Values);
        foreach (var diary in Diaries)
        {
            foreach (var day in diary.Days)
            {
                db.Set<AvailabilityPattern>().Add(new AvailabilityPattern
                {
                    Id = Guid.NewGuid(), ScheduleId = schedules[diary.Person].Id, Weekday = (short)(day - '0'), StartTime = diary.Start, EndTime = diary.End,
                    AppointmentTypeId = types[diary.Type].Id, ValidFrom = today,
                });
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return schedules.Count;
    }

    private static async Task<Dictionary<string, AppointmentType>> EnsureTypesAsync(SignpostDb db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = await db.AppointmentTypes.Where(t => t.IsDemo).ToDictionaryAsync(t => t.Code, cancellationToken);
        foreach (var spec in Types.Where(t => !existing.ContainsKey(t.Code)))
        {
            var type = new AppointmentType
            {
                Id = Guid.NewGuid(), Code = spec.Code, Name = spec.Name, DurationMinutes = spec.Minutes, Modality = spec.Modality, Role = spec.Role, GpadCategory = spec.Gpad,
                SameDay = spec.SameDay, BookingWindowDays = spec.SameDay ? 0 : 28, MinimumNoticeMinutes = spec.NoticeMinutes, IsDemo = true, CreatedAt = now,
            };
            db.AppointmentTypes.Add(type);
            existing[spec.Code] = type;
        }
        return existing;
    }

    private static BookingSite Site(string name, string pcn, string? practice, string postcode, DateTimeOffset now) =>
        new() { Id = Guid.NewGuid(), Name = name, PcnCode = pcn, PracticeCode = practice, IsHub = practice is null, Postcode = postcode, IsDemo = true, CreatedAt = now };

    private static string Title(string upper) =>
        System.Globalization.CultureInfo.GetCultureInfo("en-GB").TextInfo.ToTitleCase(upper.ToLowerInvariant()).Replace("Pcn", "PCN", StringComparison.Ordinal);
}

using Microsoft.EntityFrameworkCore;
using Npgsql;
using Signpost.Core.Audit;
using Signpost.Core.Booking;
using Signpost.Core.Booking.Appointments;
using Signpost.Core.Booking.Waitlist;
using Signpost.Core.Data;
using Signpost.Core.Time;

namespace Signpost.Core.Demo;

/// <summary>
/// DEMO DATA ONLY: books the demo journeys whose outcome sends them to a practice team role the demo diaries have
/// (<see cref="DemoBooking"/>), through the real booking service on a clock set to when the navigator booked, and
/// records attendance (or a DNA) for those whose appointment is over, through the real status change. Slots in the
/// past are added to the demo schedules for the purpose (the slot generator only looks ahead). Each step is
/// decided from the request's or appointment's id, so running it again books and records only what is missing.
/// </summary>
public static class DemoJourneyBookings
{
    private static readonly AuditActor Navigator = AuditActor.User(DemoJourneyPlan.Navigator, null);

    public sealed record Result(int Booked, int Attended, int DidNotAttend);

    public static async Task<Result> SeedAsync(SignpostDb db, NpgsqlDataSource dataSource, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        var diaries = await (from p in db.Set<AvailabilityPattern>()
                             join s in db.BookingSchedules on p.ScheduleId equals s.Id
                             join site in db.BookingSites on s.SiteId equals site.Id
                             join t in db.AppointmentTypes on p.AppointmentTypeId equals t.Id
                             where site.IsDemo && t.IsDemo
                             select new DemoDiary(p.ScheduleId, s.SiteId, t.Id, t.Code, p.Weekday, p.StartTime, p.EndTime, t.DurationMinutes, t.SameDay,
                                 t.MinimumNoticeMinutes, p.RoomId)).ToListAsync(cancellationToken);
        if (diaries.Count == 0) return new Result(0, 0, 0);
        var now = clock.GetUtcNow();
        var booked = await BookAsync(db, dataSource, diaries, now, cancellationToken);
        var (attended, missed) = await RecordAttendanceAsync(db, dataSource, now, cancellationToken);
        return new Result(booked, attended, missed);
    }

    private static async Task<int> BookAsync(SignpostDb db, NpgsqlDataSource dataSource, List<DemoDiary> diaries, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var requests = await db.NavigationRequests.AsNoTracking()
            .Where(r => r.IsDemo && r.PersonName.EndsWith(DemoJourneyPlan.NameSuffix) && r.OutcomeAt != null && !db.Appointments.Any(a => a.RequestId == r.Id))
            .OrderBy(r => r.OutcomeAt).ToListAsync(cancellationToken);
        var schedules = diaries.Select(d => d.ScheduleId).Distinct().ToList();
        var taken = (await db.BookingSlots.Where(s => schedules.Contains(s.ScheduleId)).Select(s => new { s.ScheduleId, s.StartAt, s.Id, s.Status })
            .ToListAsync(cancellationToken)).ToDictionary(s => (s.ScheduleId, s.StartAt.ToUniversalTime()), s => (s.Id, Free: s.Status == "free"));
        var plans = new List<(Guid Request, string Name, string Language, Guid Slot, DateTimeOffset BookedAt)>();
        foreach (var r in requests)
        {
            var random = new Random(BitConverter.ToInt32(r.Id.ToByteArray(), 0));
            var type = r.CurrentDestination == "general-practice" && random.Next(100) < 85 ? DemoDiary.TypeFor(r.CurrentRole, r.CurrentModality, r.AgeYears, random) : null;
            if (type is null || Choose(diaries.Where(d => d.TypeCode == type).ToList(), r.OutcomeAt!.Value.AddMinutes(10), now, taken, random) is not { } choice) continue;
            if (choice.NewSlot is { } slot) db.BookingSlots.Add(slot);
            taken[(choice.Diary.ScheduleId, choice.Start)] = (choice.SlotId, false);
            plans.Add((r.Id, r.PersonName, r.PreferredLanguage, choice.SlotId, choice.BookedAt));
        }
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        var count = 0;
        foreach (var (request, name, language, slot, bookedAt) in plans)
        {
            var at = new DemoClock(bookedAt);
            var booker = new SlotBooker(dataSource, at, new AppointmentStatusChanger(dataSource, at, new WaitlistOffers(new BookingSettings())));
            var result = await booker.BookSlotAsync(new BookSlotOptions(slot, new PatientDetails(name, null, null, null, language), BookingChannels.Navigator, Navigator)
            {
                RequestId = request, Description = "(demo)",
            }, cancellationToken);
            if (result.Outcome == BookingOutcome.Booked) count++;
        }
        return count;
    }

    private sealed record Choice(DemoDiary Diary, DateTimeOffset Start, Guid SlotId, BookingSlot? NewSlot, DateTimeOffset BookedAt);

    /// <summary>
    /// A time in the type's sessions from the day after the booking (or the same day, for same-day types, booked that
    /// morning) over the next two weeks, not taken by another demo booking; up to the booking window of 14 days.
    /// </summary>
    private static Choice? Choose(List<DemoDiary> diaries, DateTimeOffset from, DateTimeOffset now, Dictionary<(Guid, DateTimeOffset), (Guid Id, bool Free)> taken, Random random)
    {
        if (diaries.Count == 0) return null;
        var sameDay = diaries[0].SameDay;
        var first = UkTime.DateOf(from).AddDays(sameDay ? 0 : 1 + random.Next(4));
        for (var day = first; day < first.AddDays(14); day = day.AddDays(1))
        {
            var bookedAt = sameDay && day > UkTime.DateOf(from) ? UkTime.ToInstant(day, new TimeOnly(7, 30)) : from;
            var starts = diaries.SelectMany(d => d.StartsOn(day).Select(start => (Diary: d, Start: start.ToUniversalTime())))
                .Where(s => s.Start >= bookedAt.AddMinutes(s.Diary.NoticeMinutes)).ToList();
            if (starts.Count == 0) continue;
            var offset = random.Next(starts.Count);
            for (var i = 0; i < starts.Count; i++)
            {
                var (diary, start) = starts[(offset + i) % starts.Count];
                if (taken.TryGetValue((diary.ScheduleId, start), out var slot))
                {
                    if (slot.Free) return new Choice(diary, start, slot.Id, null, bookedAt);
                    continue;
                }
                // Ahead of now the slot generator makes the slots; a missing one there is not the demo's to add.
                if (start > now) continue;
                var created = diary.Slot(start);
                return new Choice(diary, start, created.Id, created, bookedAt);
            }
        }
        return null;
    }

    private static async Task<(int Attended, int Missed)> RecordAttendanceAsync(SignpostDb db, NpgsqlDataSource dataSource, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = await (from a in db.Appointments
                         join s in db.BookingSlots on a.SlotId equals s.Id
                         join r in db.NavigationRequests on a.RequestId equals r.Id
                         where r.IsDemo && r.PersonName.EndsWith(DemoJourneyPlan.NameSuffix) && a.Status == AppointmentStatuses.Booked && s.EndAt < now
                         orderby s.StartAt
                         select new { a.Id, s.StartAt, s.EndAt, r.AgeYears, r.CommunicationNeeds }).ToListAsync(cancellationToken);
        var (attended, missed) = (0, 0);
        foreach (var a in due)
        {
            var random = new Random(BitConverter.ToInt32(a.Id.ToByteArray(), 4));
            // Invented so the view has a gap to show: younger adults, and people needing an interpreter, miss more.
            var dnaChance = (a.AgeYears is >= 16 and < 45 ? 9 : 4) + (a.CommunicationNeeds.Contains("interpreter") ? 4 : 0);
            if (random.Next(100) < dnaChance)
            {
                if (await ChangeAsync(dataSource, a.Id, AppointmentStatuses.NoShow, a.EndAt.AddMinutes(15), cancellationToken)) missed++;
                continue;
            }
            if (random.Next(10) < 3) await ChangeAsync(dataSource, a.Id, AppointmentStatuses.Arrived, a.StartAt.AddMinutes(-5), cancellationToken);
            if (await ChangeAsync(dataSource, a.Id, AppointmentStatuses.Fulfilled, a.EndAt, cancellationToken)) attended++;
        }
        return (attended, missed);
    }

    private static async Task<bool> ChangeAsync(NpgsqlDataSource dataSource, Guid appointment, string status, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var clock = new DemoClock(at);
        var result = await new AppointmentStatusChanger(dataSource, clock, new WaitlistOffers(new BookingSettings()))
            .ChangeStatusAsync(new ChangeStatusOptions(appointment, status, Navigator), cancellationToken);
        return result.Outcome == ChangeStatusOutcome.Changed;
    }
}

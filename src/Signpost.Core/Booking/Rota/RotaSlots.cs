using Microsoft.EntityFrameworkCore;
using Signpost.Core.Booking.Slots;
using Signpost.Core.Data;
using Signpost.Core.Time;

namespace Signpost.Core.Booking.Rota;

/// <summary>
/// Brings a schedule's slots in line with its rules for the slot horizon (as the hourly housekeeping does) straight
/// after a rota change, and finds the booked appointments that the rules no longer cover.
/// </summary>
public class RotaSlots(SignpostDb db, SlotGenerator generator, TimeProvider clock, BookingSettings settings)
{
    public async Task<RotaChange> BringInLineAsync(IReadOnlyCollection<Guid> scheduleIds, CancellationToken cancellationToken = default)
    {
        var (first, last) = Horizon();
        var result = await generator.GenerateAsync(new GenerateSlotsOptions(first, last, scheduleIds), cancellationToken);
        var toRebook = await FindToRebookAsync(scheduleIds, cancellationToken);
        return new RotaChange(result.Created, result.TakenOut, result.PutBack, toRebook);
    }

    /// <summary>Takes a deactivated schedule's free slots ahead out of booking (the generator leaves inactive schedules alone).</summary>
    public async Task<int> TakeOutAllAsync(Guid scheduleId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        return await db.BookingSlots
            .Where(s => s.ScheduleId == scheduleId && s.Status == "free" && s.HoldId == null && s.StartAt >= now)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, "busy-unavailable").SetProperty(s => s.Version, s => s.Version + 1), cancellationToken);
    }

    /// <summary>Booked (or pending) appointments ahead, within the horizon, at a time the schedules' rules no longer offer.</summary>
    public async Task<IReadOnlyList<AppointmentToRebook>> FindToRebookAsync(IReadOnlyCollection<Guid> scheduleIds, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var (first, last) = Horizon();
        var booked = await (from a in db.Appointments.AsNoTracking()
                            join s in db.BookingSlots.AsNoTracking() on a.SlotId equals s.Id
                            where scheduleIds.Contains(s.ScheduleId) && (a.Status == AppointmentStatuses.Booked || a.Status == AppointmentStatuses.Pending)
                                && s.StartAt >= now && s.LocalDate <= last
                            orderby s.StartAt
                            select new AppointmentToRebook(a.Id, s.ScheduleId, s.StartAt)).Take(500).ToListAsync(cancellationToken);
        if (booked.Count == 0) return [];
        var schedules = await db.BookingSchedules.AsNoTracking().Where(s => scheduleIds.Contains(s.Id)).ToListAsync(cancellationToken);
        var active = schedules.Where(s => s.Active).ToList();
        var rules = await generator.LoadRulesAsync(active, new GenerateSlotsOptions(first, last), cancellationToken);
        var offered = rules.SelectMany(r => SlotPlanner.Plan(r, first, last)).Select(p => (p.ScheduleId, p.StartAt)).ToHashSet();
        return booked.Where(b => !offered.Contains((b.ScheduleId, b.StartAt))).ToList();
    }

    /// <summary>The UK dates slots are kept for: today to today + <see cref="BookingSettings.SlotHorizonDays"/>, as the housekeeping.</summary>
    public (DateOnly First, DateOnly Last) Horizon()
    {
        var today = UkTime.DateOf(clock.GetUtcNow());
        return (today, today.AddDays(settings.SlotHorizonDays));
    }
}

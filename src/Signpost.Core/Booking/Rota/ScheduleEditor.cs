using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Data;

namespace Signpost.Core.Booking.Rota;

/// <summary>Creates schedules and turns them off and on, audited in the same transaction as the change.</summary>
public class ScheduleEditor(SignpostDb db, AuditLog audit, RotaSlots slots, TimeProvider clock)
{
    public async Task<Guid> CreateScheduleAsync(CreateScheduleOptions options, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var site = await db.BookingSites.AsNoTracking().SingleAsync(s => s.Id == options.SiteId, cancellationToken);
        Practitioner practitioner;
        if (options.PractitionerId is { } existing)
        {
            practitioner = await db.Practitioners.AsNoTracking().SingleAsync(p => p.Id == existing, cancellationToken);
        }
        else
        {
            practitioner = new Practitioner { Id = Guid.NewGuid(), DisplayName = options.NewPractitionerName!.Trim(), Role = options.NewPractitionerRole!, CreatedAt = now };
            db.Practitioners.Add(practitioner);
            audit.Record(actor, "practitioner.created", "practitioner", practitioner.Id.ToString(), new { practitioner.Role });
        }
        var schedule = new BookingSchedule
        {
            Id = Guid.NewGuid(), Name = $"{practitioner.DisplayName} at {site.Name}", PractitionerId = practitioner.Id, SiteId = site.Id, CreatedAt = now,
        };
        db.BookingSchedules.Add(schedule);
        audit.Record(actor, "schedule.created", "schedule", schedule.Id.ToString(), new { PractitionerId = practitioner.Id, SiteId = site.Id });
        await db.SaveChangesAsync(cancellationToken);
        return schedule.Id;
    }

    /// <summary>
    /// Deactivating takes the schedule's free slots ahead out of booking (booked ones stay, listed for rebooking) in
    /// the same transaction; reactivating puts back the ones the rules still offer.
    /// </summary>
    public async Task<RotaChange?> SetActiveAsync(Guid scheduleId, bool active, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var schedule = await db.BookingSchedules.SingleOrDefaultAsync(s => s.Id == scheduleId, cancellationToken);
        if (schedule is null) return null;
        if (schedule.Active == active) return await slots.BringInLineAsync([scheduleId], cancellationToken);
        schedule.Active = active;
        audit.Record(actor, active ? "schedule.reactivated" : "schedule.deactivated", "schedule", scheduleId.ToString());
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var takenOut = active ? 0 : await slots.TakeOutAllAsync(scheduleId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (!active) return new RotaChange(0, takenOut, 0, await slots.FindToRebookAsync([scheduleId], cancellationToken));
        return await slots.BringInLineAsync([scheduleId], cancellationToken);
    }
}

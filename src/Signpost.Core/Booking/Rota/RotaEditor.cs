using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Data;

namespace Signpost.Core.Booking.Rota;

/// <summary>
/// Adds and removes a schedule's weekly sessions, dated exceptions and its practitioner's leave. Each change and its
/// audit entry are saved together; the slots of every schedule the change touches are then brought in line (the
/// generator is idempotent, so if that step is interrupted the hourly housekeeping finishes it).
/// Callers validate first (<see cref="RotaChecks"/>).
/// </summary>
public class RotaEditor(SignpostDb db, AuditLog audit, RotaSlots slots)
{
    public async Task<RotaChange> AddPatternAsync(AvailabilityPattern pattern, AuditActor actor, CancellationToken cancellationToken = default)
    {
        pattern.Id = Guid.NewGuid();
        db.Set<AvailabilityPattern>().Add(pattern);
        audit.Record(actor, "schedule.pattern-added", "schedule", pattern.ScheduleId.ToString(), Describe(pattern));
        return await SaveAsync([pattern.ScheduleId], cancellationToken);
    }

    public async Task<RotaChange?> RemovePatternAsync(Guid scheduleId, Guid patternId, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var pattern = await db.Set<AvailabilityPattern>().SingleOrDefaultAsync(p => p.Id == patternId && p.ScheduleId == scheduleId, cancellationToken);
        if (pattern is null) return null;
        db.Remove(pattern);
        audit.Record(actor, "schedule.pattern-removed", "schedule", scheduleId.ToString(), Describe(pattern));
        return await SaveAsync([scheduleId], cancellationToken);
    }

    public async Task<RotaChange> AddExceptionAsync(ScheduleAdjustment adjustment, AuditActor actor, CancellationToken cancellationToken = default)
    {
        adjustment.Id = Guid.NewGuid();
        db.Set<ScheduleAdjustment>().Add(adjustment);
        audit.Record(actor, "schedule.exception-added", "schedule", adjustment.ScheduleId.ToString(), Describe(adjustment));
        return await SaveAsync([adjustment.ScheduleId], cancellationToken);
    }

    public async Task<RotaChange?> RemoveExceptionAsync(Guid scheduleId, Guid adjustmentId, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var adjustment = await db.Set<ScheduleAdjustment>().SingleOrDefaultAsync(a => a.Id == adjustmentId && a.ScheduleId == scheduleId, cancellationToken);
        if (adjustment is null) return null;
        db.Remove(adjustment);
        audit.Record(actor, "schedule.exception-removed", "schedule", scheduleId.ToString(), Describe(adjustment));
        return await SaveAsync([scheduleId], cancellationToken);
    }

    /// <summary>Leave belongs to the practitioner, so every schedule of theirs is brought in line.</summary>
    public async Task<RotaChange> AddLeaveAsync(Guid scheduleId, PractitionerLeave leave, AuditActor actor, CancellationToken cancellationToken = default)
    {
        leave.Id = Guid.NewGuid();
        db.Set<PractitionerLeave>().Add(leave);
        audit.Record(actor, "schedule.leave-added", "schedule", scheduleId.ToString(), new { LeaveId = leave.Id, leave.PractitionerId, leave.FirstDay, leave.LastDay });
        return await SaveAsync(await SchedulesOfAsync(leave.PractitionerId, cancellationToken), cancellationToken);
    }

    public async Task<RotaChange?> RemoveLeaveAsync(Guid scheduleId, Guid leaveId, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var practitionerId = await db.BookingSchedules.Where(s => s.Id == scheduleId).Select(s => (Guid?)s.PractitionerId).SingleOrDefaultAsync(cancellationToken);
        var leave = await db.Set<PractitionerLeave>().SingleOrDefaultAsync(l => l.Id == leaveId && l.PractitionerId == practitionerId, cancellationToken);
        if (leave is null) return null;
        db.Remove(leave);
        audit.Record(actor, "schedule.leave-removed", "schedule", scheduleId.ToString(), new { LeaveId = leave.Id, leave.PractitionerId, leave.FirstDay, leave.LastDay });
        return await SaveAsync(await SchedulesOfAsync(leave.PractitionerId, cancellationToken), cancellationToken);
    }

    /// <summary>Saves the change with its audit entry, then brings the touched schedules' slots in line.</summary>
    private async Task<RotaChange> SaveAsync(List<Guid> schedules, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        return await slots.BringInLineAsync(schedules, cancellationToken);
    }

    private async Task<List<Guid>> SchedulesOfAsync(Guid practitionerId, CancellationToken cancellationToken) =>
        await db.BookingSchedules.Where(s => s.PractitionerId == practitionerId).Select(s => s.Id).ToListAsync(cancellationToken);

    // The free-text reason is left out of the audit details: it may say why someone is away.
    private static object Describe(AvailabilityPattern p) =>
        new { PatternId = p.Id, p.Weekday, p.StartTime, p.EndTime, p.AppointmentTypeId, p.RoomId, p.ValidFrom, p.ValidUntil };

    private static object Describe(ScheduleAdjustment a) =>
        new { ExceptionId = a.Id, a.OnDate, a.Kind, a.StartTime, a.EndTime, a.AppointmentTypeId, a.RoomId };
}

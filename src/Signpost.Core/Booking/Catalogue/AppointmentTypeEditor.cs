using Microsoft.EntityFrameworkCore;
using Npgsql;
using Signpost.Core.Audit;
using Signpost.Core.Data;

namespace Signpost.Core.Booking.Catalogue;

/// <summary>
/// Creates and edits appointment types, audited in the same SaveChanges. Callers check the values first
/// (<see cref="AppointmentTypeRules"/>). The length of a type is fixed once any session or slot uses it: sessions
/// were checked to hold whole appointments and slots are cut to that length.
/// </summary>
public class AppointmentTypeEditor(SignpostDb db, AuditLog audit, TimeProvider clock)
{
    public const string LengthLocked = "The length cannot change because sessions or slots already use this type: slots are cut to the length. Make a new type with the new length instead";

    public async Task<AppointmentTypeSave> CreateAsync(AppointmentType values, AuditActor actor, CancellationToken cancellationToken = default)
    {
        if (await db.AppointmentTypes.AnyAsync(t => t.Code == values.Code, cancellationToken)) return CodeTaken(values.Code);
        values.Id = Guid.NewGuid();
        values.CreatedAt = clock.GetUtcNow();
        db.AppointmentTypes.Add(values);
        audit.Record(actor, "appointment-type.created", "appointment-type", values.Id.ToString(), Describe(values));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
            return CodeTaken(values.Code);
        }
        return new AppointmentTypeSave(values.Id, null);
    }

    /// <summary>
    /// Updates everything but the code. The type's row is locked first (FOR UPDATE conflicts with the key-share lock
    /// that inserting a slot or session referencing it takes), so no slot of the old length can appear while the
    /// length changes. Returns null for an unknown id.
    /// </summary>
    public async Task<AppointmentTypeSave?> UpdateAsync(Guid id, AppointmentType values, AuditActor actor, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var type = await db.AppointmentTypes.FromSql($"select * from booking_appointment_types where id = {id} for update").SingleOrDefaultAsync(cancellationToken);
        if (type is null) return null;
        if (values.DurationMinutes != type.DurationMinutes && await IsInUseAsync(id, cancellationToken)) return new AppointmentTypeSave(null, new FieldProblem("Duration", LengthLocked));
        var before = Describe(type);
        type.Name = values.Name;
        type.Role = values.Role;
        type.Modality = values.Modality;
        type.GpadCategory = values.GpadCategory;
        type.DurationMinutes = values.DurationMinutes;
        type.SameDay = values.SameDay;
        type.BookingWindowDays = values.BookingWindowDays;
        type.MinimumNoticeMinutes = values.MinimumNoticeMinutes;
        audit.Record(actor, "appointment-type.updated", "appointment-type", id.ToString(), new { Before = before, After = Describe(type) });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new AppointmentTypeSave(id, null);
    }

    /// <summary>True when a weekly session, dated extra session or slot uses the type.</summary>
    public async Task<bool> IsInUseAsync(Guid id, CancellationToken cancellationToken = default) =>
        await db.BookingSlots.AnyAsync(s => s.AppointmentTypeId == id, cancellationToken)
        || await db.Set<AvailabilityPattern>().AnyAsync(p => p.AppointmentTypeId == id, cancellationToken)
        || await db.Set<ScheduleAdjustment>().AnyAsync(a => a.AppointmentTypeId == id, cancellationToken);

    private static AppointmentTypeSave CodeTaken(string code) =>
        new(null, new FieldProblem("Code", $"The code {code} is already taken by another appointment type: choose a different code"));

    private static object Describe(AppointmentType t) => new
    {
        t.Code, t.Name, t.Role, t.Modality, t.GpadCategory, t.DurationMinutes, t.SameDay, t.BookingWindowDays, t.MinimumNoticeMinutes,
    };
}

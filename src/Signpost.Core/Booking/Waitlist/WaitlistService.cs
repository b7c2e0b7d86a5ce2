using Microsoft.EntityFrameworkCore;
using Npgsql;
using Signpost.Core.Audit;
using Signpost.Core.Data;

namespace Signpost.Core.Booking.Waitlist;

/// <summary>Puts people on the waitlist (one live entry per request) and takes them off.</summary>
public class WaitlistService(SignpostDb db, AuditLog audit, TimeProvider clock)
{
    /// <summary>Adds an entry; returns null when the request already has a live entry.</summary>
    public async Task<WaitlistEntry?> AddAsync(AddToWaitlistOptions options, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var entry = new WaitlistEntry
        {
            Id = Guid.CreateVersion7(now), RequestId = options.RequestId, PatientName = options.Patient.Name, PatientNhsNumber = options.Patient.NhsNumber,
            PatientPhone = options.Patient.Phone, PatientEmail = options.Patient.Email, Language = options.Patient.Language,
            PracticeCode = options.Need.PracticeCode, Role = options.Need.Role, Modality = options.Need.Modality, SiteId = options.Need.SiteId,
            EarliestAt = options.Need.EarliestAt, LatestAt = options.Need.LatestAt, State = "waiting",
            CreatedBy = $"{options.Actor.Type}:{options.Actor.Name}", CreatedAt = now, UpdatedAt = now,
        };
        db.Set<WaitlistEntry>().Add(entry);
        audit.Record(options.Actor, "waitlist.added", "waitlist-entry", entry.Id.ToString(), new { options.RequestId, options.Need.Role, options.Need.Modality });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return entry;
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
            return null;
        }
    }

    /// <summary>Takes a waiting person off the list. False when they were not waiting.</summary>
    public async Task<bool> WithdrawAsync(Guid entryId, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var changed = await db.Set<WaitlistEntry>().Where(e => e.Id == entryId && e.State == "waiting")
            .ExecuteUpdateAsync(u => u.SetProperty(e => e.State, "withdrawn").SetProperty(e => e.UpdatedAt, now), cancellationToken);
        if (changed == 0) return false;
        audit.Record(actor, "waitlist.withdrawn", "waitlist-entry", entryId.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

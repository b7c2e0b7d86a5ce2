using System.Text.Json;
using Signpost.Core.Data;

namespace Signpost.Core.Audit;

/// <summary>
/// Adds audit entries to the caller's <see cref="SignpostDb"/> so that they are saved by the same
/// <c>SaveChangesAsync</c>, in the same transaction, as the change they record.
/// </summary>
public class AuditLog(SignpostDb db, TimeProvider clock)
{
    public void Record(AuditActor actor, string action, string entityType, string? entityId, object? details = null)
    {
        db.AuditLog.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            ActorType = actor.Type,
            Actor = actor.Name,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Details = details is null ? null : JsonSerializer.Serialize(details),
            IpAddress = actor.IpAddress,
        });
    }
}

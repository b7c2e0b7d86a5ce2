using Signpost.Core.Audit;
using Signpost.Core.Data;

namespace Signpost.Core.Navigation.Queue;

/// <summary>Who is handling a request, and the role or person it is assigned to. Every change is audited.</summary>
public sealed class RequestAssignment(SignpostDb db, AuditLog audit)
{
    public async Task<bool> TakeAsync(Guid id, string staffEmail, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var request = await db.NavigationRequests.FindAsync([id], cancellationToken);
        if (request is null) return false;
        audit.Record(actor, "navigation-request.taken", "navigation-request", id.ToString(), new { before = request.HandledBy, after = staffEmail });
        request.HandledBy = staffEmail;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Assigns to a practice team role and/or a named member of staff; returns a problem in plain words, or null.</summary>
    public async Task<string?> AssignAsync(Guid id, string? role, string? person, AuditActor actor, CancellationToken cancellationToken = default)
    {
        role = string.IsNullOrWhiteSpace(role) ? null : role;
        person = string.IsNullOrWhiteSpace(person) ? null : person.Trim().ToLowerInvariant();
        if (role is null && person is null) return "Select a role or a person to assign the request to";
        if (role is not null && !Vocabulary.Roles.Contains(role)) return "Select a role from the list";
        if (person is not null && !db.StaffUsers.Any(u => u.Email == person && !u.Disabled)) return "Select a member of staff from the list";
        var request = await db.NavigationRequests.FindAsync([id], cancellationToken);
        if (request is null) return "The request was not found";
        audit.Record(actor, "navigation-request.assigned", "navigation-request", id.ToString(),
            new { before = new { request.AssignedRole, request.AssignedTo }, after = new { role, person } });
        request.AssignedRole = role;
        request.AssignedTo = person;
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}

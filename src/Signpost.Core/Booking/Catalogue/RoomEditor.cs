using Microsoft.EntityFrameworkCore;
using Npgsql;
using Signpost.Core.Audit;
using Signpost.Core.Data;

namespace Signpost.Core.Booking.Catalogue;

/// <summary>
/// Adds rooms to booking sites and removes rooms nothing uses, audited in the same SaveChanges. The foreign keys from
/// sessions, dated changes and slots are the database's own guarantee: a use that appears between the check and the
/// delete makes the delete fail, and the room stays.
/// </summary>
public class RoomEditor(SignpostDb db, AuditLog audit)
{
    public const int MaxNameLength = 60;

    public async Task<FieldProblem?> AddAsync(Guid siteId, string name, AuditActor actor, CancellationToken cancellationToken = default)
    {
        if (await db.Set<BookingRoom>().AnyAsync(r => r.SiteId == siteId && r.Name == name, cancellationToken)) return NameTaken(name);
        var room = new BookingRoom { Id = Guid.NewGuid(), SiteId = siteId, Name = name };
        db.Set<BookingRoom>().Add(room);
        audit.Record(actor, "room.created", "room", room.Id.ToString(), new { room.SiteId, room.Name });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            db.ChangeTracker.Clear();
            return NameTaken(name);
        }
        return null;
    }

    public async Task<RoomRemoval?> RemoveAsync(Guid roomId, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var room = await db.Set<BookingRoom>().SingleOrDefaultAsync(r => r.Id == roomId, cancellationToken);
        if (room is null) return null;
        if (await DescribeUseAsync(room, cancellationToken) is { } inUse) return new RoomRemoval(false, inUse);
        db.Remove(room);
        audit.Record(actor, "room.removed", "room", room.Id.ToString(), new { room.SiteId, room.Name });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation })
        {
            db.ChangeTracker.Clear();
            return new RoomRemoval(false, $"{room.Name} has just been given to a session or slot, so it cannot be removed");
        }
        return new RoomRemoval(true, null);
    }

    /// <summary>What uses the room, in words ("… is used by the weekly sessions of Dr A at X, and 40 slots"), or null when nothing does.</summary>
    public async Task<string?> DescribeUseAsync(BookingRoom room, CancellationToken cancellationToken = default)
    {
        var sessions = await (from p in db.Set<AvailabilityPattern>() join s in db.BookingSchedules on p.ScheduleId equals s.Id
                              where p.RoomId == room.Id select s.Name).Distinct().OrderBy(n => n).Take(5).ToListAsync(cancellationToken);
        var changes = await (from a in db.Set<ScheduleAdjustment>() join s in db.BookingSchedules on a.ScheduleId equals s.Id
                             where a.RoomId == room.Id select s.Name).Distinct().OrderBy(n => n).Take(5).ToListAsync(cancellationToken);
        var slots = await db.BookingSlots.CountAsync(s => s.RoomId == room.Id, cancellationToken);
        var uses = new List<string>();
        if (sessions.Count > 0) uses.Add($"the weekly sessions of {string.Join(", ", sessions)}");
        if (changes.Count > 0) uses.Add($"dated changes of {string.Join(", ", changes)}");
        if (slots > 0) uses.Add(slots == 1 ? "1 slot" : $"{slots} slots");
        if (uses.Count == 0) return null;
        var list = uses.Count == 1 ? uses[0] : $"{string.Join(", ", uses.Take(uses.Count - 1))} and {uses[^1]}";
        return $"{room.Name} cannot be removed: it is used by {list}. Change or remove those first";
    }

    private static FieldProblem NameTaken(string name) => new("Name", $"This site already has a room called {name}: choose a different name");
}

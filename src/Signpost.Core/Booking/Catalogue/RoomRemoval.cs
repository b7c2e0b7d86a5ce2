namespace Signpost.Core.Booking.Catalogue;

/// <summary>The result of removing a room: removed, or why not (what still uses it). Null from the editor for an unknown room.</summary>
public sealed record RoomRemoval(bool Removed, string? InUse);

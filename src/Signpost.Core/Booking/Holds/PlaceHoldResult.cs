namespace Signpost.Core.Booking.Holds;

/// <param name="HoldId">The hold, when the slot could be held.</param>
public sealed record PlaceHoldResult(Guid? HoldId, DateTimeOffset? ExpiresAt)
{
    public bool Held => HoldId is not null;
}

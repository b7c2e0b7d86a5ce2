namespace Signpost.Core.Booking.Slots;

/// <param name="Created">Slots that did not exist before.</param>
/// <param name="TakenOut">Free slots no longer in the rules (leave, an exception, a changed pattern), now busy-unavailable.</param>
/// <param name="PutBack">Slots taken out earlier that the rules offer again, now free.</param>
public sealed record GenerateSlotsResult(int Created, int TakenOut, int PutBack);

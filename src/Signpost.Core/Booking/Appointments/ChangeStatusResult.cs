namespace Signpost.Core.Booking.Appointments;

public sealed record ChangeStatusResult(ChangeStatusOutcome Outcome, string? Problem = null, Guid? OfferedToWaitlistEntry = null);

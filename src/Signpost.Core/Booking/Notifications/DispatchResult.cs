namespace Signpost.Core.Booking.Notifications;

public sealed record DispatchResult(int Sent, int Retrying, int Failed, int Withdrawn);

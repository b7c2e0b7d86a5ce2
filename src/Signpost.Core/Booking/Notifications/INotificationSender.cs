namespace Signpost.Core.Booking.Notifications;

/// <summary>Sends one message (SMS or e-mail). Throws when it could not; the dispatcher retries with backoff.</summary>
public interface INotificationSender
{
    /// <summary>Returns the provider's reference for the message.</summary>
    Task<string> SendAsync(OutgoingMessage message, CancellationToken cancellationToken);
}

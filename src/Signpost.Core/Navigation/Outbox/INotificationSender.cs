namespace Signpost.Core.Navigation.Outbox;

/// <summary>Sends one message (SMS or e-mail). Returns the provider's reference; throws <see cref="NotificationException"/> on failure.</summary>
public interface INotificationSender
{
    Task<string> SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}

/// <summary>A send that failed; the message says why without any personal data.</summary>
public sealed class NotificationException(string message) : Exception(message);

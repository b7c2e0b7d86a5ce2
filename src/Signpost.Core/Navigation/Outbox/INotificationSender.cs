namespace Signpost.Core.Navigation.Outbox;

/// <summary>
/// Sends one message (SMS or e-mail) for either outbox (navigation's <c>notification_outbox</c> and booking's
/// <c>booking_notifications</c>). Returns the provider's reference; throws <see cref="NotificationException"/> on failure.
/// </summary>
public interface INotificationSender
{
    /// <summary>Recorded with each message it handled: <c>development</c> or <c>govuk-notify</c>.</summary>
    string Name => GetType().Name;

    Task<string> SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}

/// <summary>
/// A send that failed; the message says why without any personal data. <see cref="Permanent"/> means sending the
/// same message again cannot succeed (Notify's 400: a bad number, a missing template field), so it is not retried.
/// </summary>
public sealed class NotificationException(string message, bool permanent = false) : Exception(message)
{
    public bool Permanent { get; } = permanent;
}

namespace Signpost.Core.Booking.Notifications;

/// <summary>One message in the booking outbox, delivered through the shared sender (docs/booking.md, "Notifications").</summary>
public class BookingNotification
{
    public Guid Id { get; set; }

    /// <summary>confirmation, reminder, cancellation, offer or self-booking-link.</summary>
    public required string Kind { get; set; }
    public Guid? AppointmentId { get; set; }

    /// <summary>sms or email.</summary>
    public required string Channel { get; set; }
    public required string Recipient { get; set; }
    public string Language { get; set; } = "en";

    /// <summary>JSON object of the facts the message needs (start, site, role, links …).</summary>
    public string Personalisation { get; set; } = "{}";

    /// <summary>pending, sent, failed or cancelled.</summary>
    public required string Status { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    public string? LastError { get; set; }
    public string? ProviderReference { get; set; }

    /// <summary>Which sender last handled it: <c>development</c> or <c>govuk-notify</c> (null until a first attempt).</summary>
    public string? Sender { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
}

namespace Signpost.Core.Booking.Notifications;

/// <summary>A rendered message for a sender: GOV.UK Notify would take the kind as its template and the personalisation.</summary>
public sealed record OutgoingMessage(Guid NotificationId, string Kind, string Channel, string Recipient, string Language, string Body, IReadOnlyDictionary<string, string> Personalisation);

namespace Signpost.Core.Booking.Notifications;

/// <summary>Where a person's messages go: a text to their mobile when they gave one, otherwise an e-mail.</summary>
public static class NotificationRoute
{
    public const string Sms = "sms";
    public const string Email = "email";

    public static (string? Channel, string? Recipient) For(string? phone, string? email) =>
        !string.IsNullOrWhiteSpace(phone) ? (Sms, phone.Trim())
        : !string.IsNullOrWhiteSpace(email) ? (Email, email.Trim())
        : (null, null);
}

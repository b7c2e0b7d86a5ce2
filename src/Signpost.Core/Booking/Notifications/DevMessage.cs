namespace Signpost.Core.Booking.Notifications;

/// <summary>A message the development sender "sent" (kept in the database for the demo and the tests).</summary>
public class DevMessage
{
    public long Id { get; set; }
    public Guid NotificationId { get; set; }
    public required string Channel { get; set; }
    public required string Recipient { get; set; }
    public required string Body { get; set; }
    public DateTimeOffset SentAt { get; set; }
}

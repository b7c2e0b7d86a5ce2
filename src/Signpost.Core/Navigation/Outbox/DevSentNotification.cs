namespace Signpost.Core.Navigation.Outbox;

/// <summary>A message "delivered" by the development sender: what a phone or inbox would have received.</summary>
public class DevSentNotification
{
    public long Id { get; set; }
    public Guid OutboxId { get; set; }
    public required string Channel { get; set; }
    public required string Recipient { get; set; }
    public required string Body { get; set; }
    public DateTimeOffset SentAt { get; set; }
}

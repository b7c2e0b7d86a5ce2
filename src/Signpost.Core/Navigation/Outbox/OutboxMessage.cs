namespace Signpost.Core.Navigation.Outbox;

/// <summary>A message waiting to be sent (or sent): written in the same transaction as the outcome it reports.</summary>
public class OutboxMessage
{
    public Guid Id { get; set; }
    public Guid? RequestId { get; set; }
    public required string Channel { get; set; }
    public required string Recipient { get; set; }
    public required string Body { get; set; }
    public string Status { get; set; } = "pending";
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? ProviderReference { get; set; }
    public string? LastError { get; set; }

    /// <summary>
    /// Which Notify template to use beyond the channel's default (booking sets <c>booking-confirmation</c> …; see
    /// <see cref="GovUkNotifyOptions.SmsTemplates"/>). Not stored: navigation's messages use the defaults.
    /// </summary>
    public string? Template { get; set; }
}

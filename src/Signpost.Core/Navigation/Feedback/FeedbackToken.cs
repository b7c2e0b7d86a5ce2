namespace Signpost.Core.Navigation.Feedback;

/// <summary>A single-use feedback link; only the SHA-256 of the token is stored.</summary>
public class FeedbackToken
{
    public required string TokenHash { get; set; }
    public Guid RequestId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
}

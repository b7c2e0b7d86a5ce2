namespace Signpost.Core.Navigation.Feedback;

/// <summary>The three first-contact questions: how easy (1–5), treated with respect (1–5), preference respected.</summary>
public class FirstContactFeedback
{
    public long Id { get; set; }
    public Guid RequestId { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public required string Via { get; set; }
    public string? EnteredBy { get; set; }
    public short Ease { get; set; }
    public short Respect { get; set; }
    public required string PreferenceRespected { get; set; }
    public string? Language { get; set; }
}

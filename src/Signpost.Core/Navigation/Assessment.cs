namespace Signpost.Core.Navigation;

/// <summary>The suggested disposition: how urgent, where, how, and the reasons (which rules fired).</summary>
public sealed record Assessment(
    string Urgency,
    Destination Destination,
    string Modality,
    IReadOnlyList<AssessmentReason> Reasons,
    string RuleSetVersion)
{
    public bool IsEmergency => Urgency == Vocabulary.Emergency;
}

/// <summary>Where to go: <see cref="Role"/> only for general practice, <see cref="Pathway"/> only for Pharmacy First.</summary>
public sealed record Destination(string Type, string? Role = null, string? Pathway = null);

/// <summary>One reason in plain words and the id of the rule that gave it.</summary>
public sealed record AssessmentReason(string RuleId, string Text)
{
    public override string ToString() => $"{Text} [{RuleId}]";
}

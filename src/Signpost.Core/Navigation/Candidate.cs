using Signpost.Core.Navigation.Rules;

namespace Signpost.Core.Navigation;

/// <summary>One rule that fired, with the disposition it suggests. <see cref="Order"/> breaks ties: earlier rules win.</summary>
public sealed record Candidate(
    string Urgency,
    string Destination,
    string? Role,
    string? Pathway,
    ModalityRule? Modality,
    AssessmentReason Reason,
    int Order)
{
    public static Candidate From(PhraseRule rule, string ruleId, int order, string? reasonPrefix = null) =>
        new(rule.Urgency, rule.Destination, rule.Role, null, rule.Modality,
            new AssessmentReason(ruleId, reasonPrefix is null ? rule.Reason : reasonPrefix + " " + rule.Reason), order);
}

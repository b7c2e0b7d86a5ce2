namespace Signpost.Core.Navigation.Scenarios;

/// <summary>One case's outcome compared with what was expected.</summary>
public sealed record ScenarioResult(Scenario Scenario, Assessment Actual)
{
    public bool UrgencyMatches => Actual.Urgency == Scenario.Expected.Urgency;

    public bool Matches =>
        UrgencyMatches
        && Actual.Destination.Type == Scenario.Expected.Destination
        && (Scenario.Expected.Role is null || Actual.Destination.Role == Scenario.Expected.Role)
        && (Scenario.Expected.Pathway is null || Actual.Destination.Pathway == Scenario.Expected.Pathway)
        && (Scenario.Expected.Modality is null || Actual.Modality == Scenario.Expected.Modality);

    /// <summary>Less urgent than expected: the unsafe direction.</summary>
    public bool UnderTriaged => Vocabulary.IsMoreUrgent(Scenario.Expected.Urgency, Actual.Urgency);

    public bool OverTriaged => Vocabulary.IsMoreUrgent(Actual.Urgency, Scenario.Expected.Urgency);

    public string Describe() =>
        $"{Scenario.Id}: expected {Scenario.Expected.Urgency} {Scenario.Expected.Destination} {Scenario.Expected.Role}{Scenario.Expected.Pathway}" +
        $" {Scenario.Expected.Modality}, got {Actual.Urgency} {Actual.Destination.Type} {Actual.Destination.Role}{Actual.Destination.Pathway} {Actual.Modality}" +
        $" ({string.Join(" | ", Actual.Reasons.Select(r => r.RuleId))})";
}

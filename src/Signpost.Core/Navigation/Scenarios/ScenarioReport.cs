namespace Signpost.Core.Navigation.Scenarios;

/// <summary>The suite's figures: full matches, urgency matches, under- and over-triage, emergencies missed.</summary>
public sealed class ScenarioReport(IReadOnlyList<ScenarioResult> results)
{
    public IReadOnlyList<ScenarioResult> Results { get; } = results;
    public int Total => Results.Count;
    public int Matched => Results.Count(r => r.Matches);
    public int UrgencyMatched => Results.Count(r => r.UrgencyMatches);
    public int UnderTriaged => Results.Count(r => r.UnderTriaged);
    public int OverTriaged => Results.Count(r => r.OverTriaged);
    public int Emergencies => Results.Count(r => r.Scenario.Expected.Urgency == Vocabulary.Emergency);

    /// <summary>Expected emergencies given anything less: must always be none.</summary>
    public IReadOnlyList<ScenarioResult> EmergenciesMissed =>
        Results.Where(r => r.Scenario.Expected.Urgency == Vocabulary.Emergency && r.Actual.Urgency != Vocabulary.Emergency).ToList();

    public double Accuracy => Total == 0 ? 0 : (double)Matched / Total;
    public double UrgencyAccuracy => Total == 0 ? 0 : (double)UrgencyMatched / Total;
}

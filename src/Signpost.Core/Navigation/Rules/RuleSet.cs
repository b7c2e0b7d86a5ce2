namespace Signpost.Core.Navigation.Rules;

/// <summary>
/// A versioned navigation rule set, read from a reviewable JSON file in data/navigation (see docs/navigation.md).
/// Loaded and validated at start by <see cref="RuleSetLoader"/>; never changed at run time.
/// </summary>
public sealed class RuleSet
{
    public required string Version { get; init; }
    public required string Published { get; init; }
    public required string Status { get; init; }
    public required string PharmacyFirstSource { get; init; }
    public required RuleSettings Settings { get; init; }
    public required IReadOnlyList<RedFlag> RedFlags { get; init; }
    public required IReadOnlyList<PhraseRule> EmergencyPhrases { get; init; }
    public required IReadOnlyList<PhraseRule> Conditions { get; init; }
    public required IReadOnlyList<PharmacyFirstPathway> PharmacyFirst { get; init; }
    public required IReadOnlyList<AdminRoute> AdminRequests { get; init; }
}

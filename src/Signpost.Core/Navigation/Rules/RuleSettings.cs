namespace Signpost.Core.Navigation.Rules;

/// <summary>Rule-set-wide safety settings.</summary>
public sealed class RuleSettings
{
    /// <summary>People younger than this are shown the child red-flag list.</summary>
    public required decimal ChildAgeBelow { get; init; }

    /// <summary>When an emergency phrase is mentioned only as absent ("no chest pain"), the urgency is at least this.</summary>
    public required string NegatedEmergencyMinimumUrgency { get; init; }

    /// <summary>When the free text cannot be screened (not in English), the urgency is at least this.</summary>
    public required string UnscreenedTextMinimumUrgency { get; init; }

    /// <summary>Phrases that say a problem keeps coming back; any one excludes a Pharmacy First pathway with a recurrence limit.</summary>
    public required IReadOnlyList<string> RecurrencePhrases { get; init; }

    /// <summary>Where a medical request goes when no rule matched.</summary>
    public required PhraseRule DefaultMedical { get; init; }
}

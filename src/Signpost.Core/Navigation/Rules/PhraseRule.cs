namespace Signpost.Core.Navigation.Rules;

/// <summary>
/// A rule that fires when the free text contains a phrase from every group of <see cref="Match"/> (and the
/// person's age, sex and pregnancy fit). Phrases are words; <c>...</c> allows up to three words between, and a
/// word ending in <c>*</c> matches any ending.
/// </summary>
public sealed class PhraseRule
{
    public required string Id { get; init; }
    public IReadOnlyList<IReadOnlyList<string>> Match { get; init; } = [];
    public decimal? MinAgeYears { get; init; }

    /// <summary>Exclusive: the rule applies to people younger than this.</summary>
    public decimal? BelowAgeYears { get; init; }

    public string? Sex { get; init; }
    public bool? Pregnant { get; init; }
    public required string Urgency { get; init; }
    public required string Destination { get; init; }
    public string? Role { get; init; }
    public ModalityRule? Modality { get; init; }
    public required string Reason { get; init; }
}

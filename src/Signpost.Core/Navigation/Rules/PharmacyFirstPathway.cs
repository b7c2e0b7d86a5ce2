namespace Signpost.Core.Navigation.Rules;

/// <summary>One of the seven Pharmacy First clinical pathways with its national eligibility.</summary>
public sealed class PharmacyFirstPathway
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string SnomedCode { get; init; }
    public required IReadOnlyList<string> Phrases { get; init; }
    public required decimal MinAgeYears { get; init; }

    /// <summary>Exclusive upper age: eligible when younger than this (18 for "1 to 17").</summary>
    public decimal? BelowAgeYears { get; init; }

    /// <summary><c>any</c> or <c>female</c>.</summary>
    public required string Sex { get; init; }

    /// <summary><c>none</c>, <c>under-16</c> (pregnant and under 16 excluded) or <c>all</c> (anyone pregnant excluded).</summary>
    public required string PregnancyExclusion { get; init; }

    /// <summary>Episodes in the last 6 months, this one included, from which the pathway is excluded.</summary>
    public int? RecurrenceIn6Months { get; init; }

    /// <summary>Episodes in the last 12 months, this one included, from which the pathway is excluded.</summary>
    public int? RecurrenceIn12Months { get; init; }

    public bool ExcludeImmunosuppressed { get; init; }
    public bool ExcludeUrinaryCatheter { get; init; }

    /// <summary>Symptoms for longer than this many days exclude the pathway.</summary>
    public int? MaxSymptomDays { get; init; }

    /// <summary>Other exclusions found in the free text (for example bullous impetigo, an animal bite).</summary>
    public IReadOnlyList<PhraseRule> Exclusions { get; init; } = [];

    public required string Urgency { get; init; }
    public required ModalityRule Modality { get; init; }
    public required string Reason { get; init; }

    /// <summary>Where someone goes who has the condition but is not eligible.</summary>
    public required PhraseRule NotEligible { get; init; }
}

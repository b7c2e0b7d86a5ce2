namespace Signpost.Core.Navigation;

/// <summary>What the rules look at: the person, their words and their structured answers.</summary>
public sealed record AssessmentInput
{
    public const int MaxDescriptionLength = 4000;
    public const decimal MaxAgeYears = 130;

    public required decimal AgeYears { get; init; }
    public required string Sex { get; init; }
    public bool? Pregnant { get; init; }
    public required string Description { get; init; }

    /// <summary>The language the person wrote in (a code such as en, ur, pl); null means not said.</summary>
    public string? Language { get; init; }

    /// <summary>Ids of the red-flag questions answered yes.</summary>
    public IReadOnlyList<string> RedFlags { get; init; } = [];

    public string RequestType { get; init; } = Vocabulary.MedicalRequest;
    public string? PreferredModality { get; init; }

    /// <summary>A Pharmacy First pathway id the person chose from a list, when they did.</summary>
    public string? Condition { get; init; }

    /// <summary>Times the person has had this problem in the last 6 months, this time included.</summary>
    public int? EpisodesInLast6Months { get; init; }

    /// <summary>Times the person has had this problem in the last 12 months, this time included.</summary>
    public int? EpisodesInLast12Months { get; init; }

    public bool? Immunosuppressed { get; init; }
    public bool? UrinaryCatheter { get; init; }

    /// <summary>How many days the symptoms have lasted.</summary>
    public int? SymptomDays { get; init; }

    public bool IsPregnant => Pregnant == true;
}

namespace Signpost.Core.Navigation.Requests;

/// <summary>A request as entered by a resident online, a navigator (phone, walk-in) or a proxy; the same fields for all.</summary>
public sealed record SubmitRequestOptions
{
    public string Channel { get; init; } = RequestVocabulary.Online;

    /// <summary>The signed-in navigator's e-mail when staff entered it; null when the resident did.</summary>
    public string? EnteredBy { get; init; }

    public bool ForSomeoneElse { get; init; }
    public string? ProxyName { get; init; }
    public string? ProxyRelationship { get; init; }
    public string? PracticeOdsCode { get; init; }
    public string? PersonName { get; init; }
    public DateOnly? DateOfBirth { get; init; }
    public decimal? AgeYears { get; init; }
    public string? Sex { get; init; }
    public bool? Pregnant { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public string? PreferredLanguage { get; init; }
    public IReadOnlyList<string> CommunicationNeeds { get; init; } = [];
    public string? CommunicationNotes { get; init; }
    public string? RequestType { get; init; }
    public string? Description { get; init; }
    public string? PreferredModality { get; init; }
    public string? GoodTimes { get; init; }
    public IReadOnlyList<string> RedFlags { get; init; } = [];
    public int? SymptomDays { get; init; }
    public int? EpisodesInLast6Months { get; init; }
    public int? EpisodesInLast12Months { get; init; }
    public bool? Immunosuppressed { get; init; }

    /// <summary>Set only by the demo seeder: the request and its events are flagged as made-up demo data.</summary>
    public bool IsDemo { get; init; }
}

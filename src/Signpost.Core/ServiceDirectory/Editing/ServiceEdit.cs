namespace Signpost.Core.ServiceDirectory.Editing;

/// <summary>The editable fields of a service, already checked by the form that made it.</summary>
public sealed record ServiceEdit
{
    public required string Name { get; init; }
    public string Description { get; init; } = "";
    public string HowToAccess { get; init; } = "";
    public IReadOnlyList<string> AccessMethods { get; init; } = [];
    public string? ReferralFrom { get; init; }
    public string Eligibility { get; init; } = "";
    public int? MinimumAge { get; init; }
    public int? MaximumAge { get; init; }
    public string Status { get; init; } = ServiceStatus.Active;
    public string? Url { get; init; }
    public string? Email { get; init; }
    public string? PublicPhone { get; init; }
    public string PublicPhoneLabel { get; init; } = "";
    public string? ProfessionalPhone { get; init; }
    public string ProfessionalPhoneLabel { get; init; } = "";
    public IReadOnlyList<string> Languages { get; init; } = [];
    public IReadOnlyList<Guid> TermIds { get; init; } = [];
    public IReadOnlyList<OpeningBand> Bands { get; init; } = [];
    public IReadOnlyList<DatedHours> Exceptions { get; init; } = [];
    public string HoursSource { get; init; } = ServiceDirectory.HoursSource.None;
    public string? HoursNote { get; init; }
    public string? ProfessionalNotes { get; init; }
    /// <summary>Facilities of the service's first location; null leaves them as they are.</summary>
    public IReadOnlyList<string>? Accessibility { get; init; }
}

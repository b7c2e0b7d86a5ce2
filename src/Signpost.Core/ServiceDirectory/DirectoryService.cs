namespace Signpost.Core.ServiceDirectory;

/// <summary>
/// A service (HSDS service) with what HSDS lacks: how to access it, where its hours come from, a demo flag and
/// who verified it when. Limits are declared here and reused by validation.
/// </summary>
public class DirectoryService
{
    public const int NameMaxLength = 200;
    public const int TextMaxLength = 4000;
    public const int ShortTextMaxLength = 500;
    public const int StaleAfterMonths = 6;

    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public required string SourceKey { get; set; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    public string HowToAccess { get; set; } = "";
    public List<string> AccessMethods { get; set; } = [];
    public string? ReferralFrom { get; set; }
    public string Eligibility { get; set; } = "";
    public int? MinimumAge { get; set; }
    public int? MaximumAge { get; set; }
    public string? Url { get; set; }
    public string? Email { get; set; }
    public string Status { get; set; } = ServiceStatus.Active;
    public string HoursSource { get; set; } = ServiceDirectory.HoursSource.None;
    public string? HoursNote { get; set; }
    public string? SourceNote { get; set; }
    public string? ProfessionalNotes { get; set; }
    public bool IsDemo { get; set; }
    public DateOnly? LastVerifiedOn { get; set; }
    public string? LastVerifiedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; } = 1;

    public DirectoryOrganisation? Organisation { get; set; }
    public List<ServiceAtLocation> ServiceAtLocations { get; set; } = [];
    public List<ServiceTaxonomy> Taxonomy { get; set; } = [];
    public List<OpeningBand> OpeningBands { get; set; } = [];
    public List<DatedHours> OpeningExceptions { get; set; } = [];
    public List<ServiceContact> Contacts { get; set; } = [];
    public List<ServiceLanguage> Languages { get; set; } = [];

    /// <summary>Not verified in the last six months (or never): flagged in staff lists and reports.</summary>
    public bool IsStale(DateOnly today) => IsStale(LastVerifiedOn, today);

    public static bool IsStale(DateOnly? lastVerifiedOn, DateOnly today) =>
        lastVerifiedOn is not { } verified || verified < today.AddMonths(-StaleAfterMonths);
}

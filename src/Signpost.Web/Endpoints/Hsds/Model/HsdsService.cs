namespace Signpost.Web.Endpoints.Hsds.Model;

/// <summary>
/// HSDS service. The one-to-one fields are always there; the nested lists only in full answers (null = left out).
/// <c>alert</c> carries Signpost's demonstration-entry warning.
/// </summary>
public sealed record HsdsService(Guid Id, Guid OrganizationId, string Name, string Description, string? Url, string? Email, string Status,
    int? MinimumAge, int? MaximumAge, string? AssuredDate, string? Alert, string LastModified)
{
    public HsdsOrganization? Organization { get; init; }
    public IReadOnlyList<HsdsServiceAtLocation>? ServiceAtLocations { get; init; }
    public IReadOnlyList<HsdsSchedule>? Schedules { get; init; }
    public IReadOnlyList<HsdsPhone>? Phones { get; init; }
    public IReadOnlyList<HsdsLanguage>? Languages { get; init; }
    public IReadOnlyList<HsdsAttributeItem>? Attributes { get; init; }
    public IReadOnlyList<object>? Contacts { get; init; }
    public IReadOnlyList<object>? ServiceAreas { get; init; }
    public IReadOnlyList<object>? Funding { get; init; }
    public IReadOnlyList<object>? CostOptions { get; init; }
}

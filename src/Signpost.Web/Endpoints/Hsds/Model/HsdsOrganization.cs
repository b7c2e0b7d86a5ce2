namespace Signpost.Web.Endpoints.Hsds.Model;

/// <summary>HSDS organization. Nested lists are null (left out) in list answers.</summary>
public sealed record HsdsOrganization(Guid Id, string Name, string Description, string? Website, string? Email)
{
    public IReadOnlyList<HsdsOrganizationIdentifier>? OrganizationIdentifiers { get; init; }
    public IReadOnlyList<HsdsService>? Services { get; init; }
}

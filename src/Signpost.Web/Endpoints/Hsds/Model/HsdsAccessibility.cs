namespace Signpost.Web.Endpoints.Hsds.Model;

/// <summary>HSDS accessibility of a location.</summary>
public sealed record HsdsAccessibility(Guid Id, Guid LocationId, string Description, string Accessibility);

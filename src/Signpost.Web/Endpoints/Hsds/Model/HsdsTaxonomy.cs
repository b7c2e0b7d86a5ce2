namespace Signpost.Web.Endpoints.Hsds.Model;

/// <summary>HSDS taxonomy.</summary>
public sealed record HsdsTaxonomy(Guid Id, string Name, string Description, string? Uri, string? Version);

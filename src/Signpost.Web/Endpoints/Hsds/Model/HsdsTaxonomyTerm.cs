namespace Signpost.Web.Endpoints.Hsds.Model;

/// <summary>HSDS taxonomy_term.</summary>
public sealed record HsdsTaxonomyTerm(Guid Id, string Code, string Name, string Description, Guid? ParentId, string Taxonomy, Guid TaxonomyId, string Term);

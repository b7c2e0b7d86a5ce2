namespace Signpost.Web.Endpoints.Hsds.Model;

/// <summary>HSDS attribute: links a service to a taxonomy term.</summary>
public sealed record HsdsAttributeItem(Guid Id, Guid LinkId, string LinkType, string LinkEntity, Guid TaxonomyTermId, HsdsTaxonomyTerm TaxonomyTerm);

namespace Signpost.Web.Endpoints.Fhir.Resources;

public sealed record FhirBundleLink(string Relation, string Url);

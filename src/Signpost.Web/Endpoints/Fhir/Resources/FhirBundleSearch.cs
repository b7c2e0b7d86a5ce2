namespace Signpost.Web.Endpoints.Fhir.Resources;

/// <param name="Mode">match (what was searched for) or include (what it refers to).</param>
public sealed record FhirBundleSearch(string Mode);

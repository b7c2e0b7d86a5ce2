namespace Signpost.Web.Endpoints.Fhir.Resources;

/// <param name="Resource">Any resource record; serialised by its runtime type.</param>
public sealed record FhirBundleEntry(string FullUrl, object Resource, FhirBundleSearch Search);

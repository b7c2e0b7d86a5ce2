namespace Signpost.Web.Endpoints.Fhir.Resources;

public sealed record FhirExtension(string Url, string? ValueCode = null, string? ValueString = null);

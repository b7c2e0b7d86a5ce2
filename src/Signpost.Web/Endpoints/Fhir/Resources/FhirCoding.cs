namespace Signpost.Web.Endpoints.Fhir.Resources;

public sealed record FhirCoding(string? System, string? Code, string? Display = null);

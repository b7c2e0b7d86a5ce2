namespace Signpost.Web.Endpoints.Fhir.Resources;

public sealed record FhirIdentifier(string? System, string? Value);

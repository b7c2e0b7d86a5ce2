namespace Signpost.Web.Endpoints.Fhir.Resources;

public sealed record FhirReference(string? Reference = null, string? Type = null, FhirIdentifier? Identifier = null, string? Display = null);

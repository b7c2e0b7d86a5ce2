namespace Signpost.Web.Endpoints.Fhir.Resources;

public sealed record FhirIssue(string Severity, string Code, FhirCodeableConcept Details, string Diagnostics);

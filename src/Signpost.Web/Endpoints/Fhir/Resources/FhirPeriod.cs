namespace Signpost.Web.Endpoints.Fhir.Resources;

public sealed record FhirPeriod(DateTimeOffset? Start, DateTimeOffset? End);

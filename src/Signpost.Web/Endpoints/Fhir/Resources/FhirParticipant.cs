namespace Signpost.Web.Endpoints.Fhir.Resources;

public sealed record FhirParticipant(FhirReference? Actor, string? Status, IReadOnlyList<FhirCodeableConcept>? Type = null);

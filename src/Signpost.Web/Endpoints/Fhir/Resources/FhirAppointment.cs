using System.Text.Json.Serialization;

namespace Signpost.Web.Endpoints.Fhir.Resources;

/// <summary>FHIR R4 Appointment (UK Core). Also what clients POST (book) and PUT (change status / cancel).</summary>
public sealed record FhirAppointment
{
    [JsonPropertyOrder(-1)]
    public string ResourceType { get; init; } = "Appointment";
    public string? Id { get; init; }
    public FhirMeta? Meta { get; init; }
    public IReadOnlyList<FhirExtension>? Extension { get; init; }
    public string? Status { get; init; }

    /// <summary>R4 spells it with one l.</summary>
    public FhirCodeableConcept? CancelationReason { get; init; }
    public IReadOnlyList<FhirCodeableConcept>? ServiceCategory { get; init; }
    public IReadOnlyList<FhirCodeableConcept>? ServiceType { get; init; }
    public IReadOnlyList<FhirCodeableConcept>? Specialty { get; init; }
    public string? Description { get; init; }
    public DateTimeOffset? Start { get; init; }
    public DateTimeOffset? End { get; init; }
    public IReadOnlyList<FhirReference>? Slot { get; init; }
    public DateTimeOffset? Created { get; init; }
    public IReadOnlyList<FhirReference>? BasedOn { get; init; }
    public IReadOnlyList<FhirParticipant>? Participant { get; init; }
}

using System.Text.Json.Serialization;

namespace Signpost.Web.Endpoints.Fhir.Resources;

/// <summary>FHIR R4 Slot (UK Core), as in the BaRS slot search example.</summary>
public sealed record FhirSlot(
    string Id, FhirMeta Meta, IReadOnlyList<FhirExtension> Extension, IReadOnlyList<FhirCodeableConcept> ServiceCategory,
    IReadOnlyList<FhirCodeableConcept> ServiceType, IReadOnlyList<FhirCodeableConcept> Specialty, FhirReference Schedule,
    string Status, DateTimeOffset Start, DateTimeOffset End)
{
    [JsonPropertyOrder(-1)]
    public string ResourceType => "Slot";
}

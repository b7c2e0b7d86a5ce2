using System.Text.Json.Serialization;

namespace Signpost.Web.Endpoints.Fhir.Resources;

/// <summary>FHIR R4 Schedule: one practitioner at one site (both as actors with display names).</summary>
public sealed record FhirSchedule(
    string Id, FhirMeta Meta, bool Active, IReadOnlyList<FhirCodeableConcept> Specialty, IReadOnlyList<FhirReference> Actor, string? Comment)
{
    [JsonPropertyOrder(-1)]
    public string ResourceType => "Schedule";
}

using System.Text.Json.Serialization;

namespace Signpost.Web.Endpoints.Fhir.Resources;

public sealed record FhirOperationOutcome(string Id, FhirMeta Meta, IReadOnlyList<FhirIssue> Issue)
{
    [JsonPropertyOrder(-1)]
    public string ResourceType => "OperationOutcome";
}

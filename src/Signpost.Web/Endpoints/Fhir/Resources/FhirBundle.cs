using System.Text.Json.Serialization;

namespace Signpost.Web.Endpoints.Fhir.Resources;

public sealed record FhirBundle(string Id, FhirMeta Meta, string Type, DateTimeOffset Timestamp, int Total, IReadOnlyList<FhirBundleLink> Link, IReadOnlyList<FhirBundleEntry> Entry)
{
    [JsonPropertyOrder(-1)]
    public string ResourceType => "Bundle";
}

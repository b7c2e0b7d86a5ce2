namespace Signpost.Web.Endpoints.Fhir.Resources;

public sealed record FhirMeta(string? VersionId = null, DateTimeOffset? LastUpdated = null, IReadOnlyList<string>? Profile = null);

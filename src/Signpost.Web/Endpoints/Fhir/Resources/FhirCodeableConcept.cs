namespace Signpost.Web.Endpoints.Fhir.Resources;

public sealed record FhirCodeableConcept(IReadOnlyList<FhirCoding>? Coding, string? Text = null)
{
    public static FhirCodeableConcept Of(string system, string code, string? display = null) => new([new FhirCoding(system, code, display)], display);
}

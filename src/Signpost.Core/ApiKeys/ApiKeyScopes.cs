namespace Signpost.Core.ApiKeys;

public static class ApiKeyScopes
{
    /// <summary>The FHIR booking API (/api/fhir).</summary>
    public const string Booking = "booking";

    public static readonly IReadOnlyList<string> All = [Booking];
}

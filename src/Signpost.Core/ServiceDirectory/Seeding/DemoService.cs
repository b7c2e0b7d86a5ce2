using System.Text.Json.Serialization;

namespace Signpost.Core.ServiceDirectory.Seeding;

/// <summary>A service in demo-services.json.</summary>
public sealed record DemoService
{
    public required string Key { get; init; }
    public required string Organisation { get; init; }
    public List<string> Locations { get; init; } = [];
    public bool Demo { get; init; } = true;
    public required string Name { get; init; }
    public string Description { get; init; } = "";
    [JsonPropertyName("how_to_access")] public string HowToAccess { get; init; } = "";
    [JsonPropertyName("access_methods")] public List<string> AccessMethods { get; init; } = [];
    [JsonPropertyName("referral_from")] public string? ReferralFrom { get; init; }
    public string Eligibility { get; init; } = "";
    [JsonPropertyName("minimum_age")] public int? MinimumAge { get; init; }
    [JsonPropertyName("maximum_age")] public int? MaximumAge { get; init; }
    public string? Url { get; init; }
    public List<string> Terms { get; init; } = [];
    public List<string> Languages { get; init; } = [];
    public Dictionary<string, string[]>? Hours { get; init; }
    [JsonPropertyName("hours_source")] public string? HoursSource { get; init; }
    [JsonPropertyName("source_note")] public string? SourceNote { get; init; }
    [JsonPropertyName("professional_notes")] public string? ProfessionalNotes { get; init; }
    public List<DemoContact> Contacts { get; init; } = [];
}

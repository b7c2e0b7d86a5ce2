namespace Signpost.Core.ServiceDirectory.Seeding;

/// <summary>A location in demo-services.json.</summary>
public sealed record DemoLocation(string Key, string Organisation, string Name, List<string> Address, string Postcode,
    List<string>? Accessibility, string? Notes);

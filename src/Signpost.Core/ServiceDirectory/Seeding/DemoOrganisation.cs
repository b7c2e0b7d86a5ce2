namespace Signpost.Core.ServiceDirectory.Seeding;

/// <summary>An organisation in demo-services.json.</summary>
public sealed record DemoOrganisation(string Key, string Name, string Kind, string Description, bool Demo = true, string? Website = null);

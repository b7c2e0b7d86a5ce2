namespace Signpost.Core.ServiceDirectory.Seeding;

/// <summary>A contact of a service in demo-services.json.</summary>
public sealed record DemoContact(string Kind, string Value, string Label, string Audience);

namespace Signpost.Core.ServiceDirectory.Seeding;

/// <summary>The shape of data/directory/demo-services.json.</summary>
public sealed record DemoContent(List<DemoOrganisation> Organisations, List<DemoLocation> Locations, List<DemoService> Services);

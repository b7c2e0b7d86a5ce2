namespace Signpost.Core.ServiceDirectory.Seeding;

/// <summary>The source keys already in the directory, so that the seed step adds only what is missing.</summary>
public sealed record KnownKeys(HashSet<string> Organisations, HashSet<string> Locations, HashSet<string> Services)
{
    public (int Organisations, int Locations, int Services) Counts() => (Organisations.Count, Locations.Count, Services.Count);
}

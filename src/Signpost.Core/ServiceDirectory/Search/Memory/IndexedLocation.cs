namespace Signpost.Core.ServiceDirectory.Search.Memory;

/// <summary>A location as hits show it; the services at one location share one instance.</summary>
public sealed class IndexedLocation
{
    public required Guid Id { get; init; }
    public string? Name { get; init; }
    public IReadOnlyList<string> Address { get; init; } = [];
    public string? Postcode { get; init; }
}

namespace Signpost.Core.ServiceDirectory.Search.Memory;

/// <summary>What the in-memory index holds about one service: what a hit shows, and its opening hours.</summary>
public sealed class IndexedService
{
    public required Guid Id { get; init; }
    public required string Name { get; init; }
    public required string OrganisationName { get; init; }
    public required IReadOnlyList<string> AccessMethods { get; init; }
    public required bool IsDemo { get; init; }
    public required string HoursSource { get; init; }
    public ServiceHours Hours { get; set; } = ServiceHours.None;
}

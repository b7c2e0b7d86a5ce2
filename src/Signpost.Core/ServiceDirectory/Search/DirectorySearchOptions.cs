namespace Signpost.Core.ServiceDirectory.Search;

/// <summary>What to search the directory for. Every filter given must hold (AND).</summary>
public sealed record DirectorySearchOptions
{
    public const int MaxPageSize = 100;
    public const double MaxRadiusMiles = 50;

    public string? Text { get; init; }
    /// <summary>A taxonomy term; services with the term or any term below it match.</summary>
    public Guid? TermId { get; init; }
    public GeoPoint? Near { get; init; }
    public double RadiusMiles { get; init; } = 10;
    /// <summary>Europe/London local date and time the service must be open at.</summary>
    public DateTime? OpenAt { get; init; }
    public string? Language { get; init; }
    public IReadOnlyList<string> Accessibility { get; init; } = [];
    public int? Age { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
}

namespace Signpost.Core.ServiceDirectory.Search.Memory;

/// <summary>One row of directory_search_entries in memory: a service at a location, or a service with no location.</summary>
public sealed class IndexedEntry
{
    private readonly double latitude = double.NaN;
    private readonly double longitude = double.NaN;

    public required Guid Id { get; init; }
    public required IndexedService Service { get; init; }
    public IndexedLocation? Location { get; init; }
    public double? Latitude { get => double.IsNaN(latitude) ? null : latitude; init => latitude = value ?? double.NaN; }
    public double? Longitude { get => double.IsNaN(longitude) ? null : longitude; init => longitude = value ?? double.NaN; }
    /// <summary>The lexemes of its search_vector (words and filter keys), in ordinal order.</summary>
    public required string[] Lexemes { get; init; }
    public int? MinimumAge { get; init; }
    public int? MaximumAge { get; init; }

    public Guid? LocationId => Location?.Id;

    public bool Has(string lexeme) => Array.BinarySearch(Lexemes, lexeme, StringComparer.Ordinal) >= 0;

    /// <summary>
    /// Orders by the service's name in lower case (the sort_name the SQL search orders by), then by id, without
    /// keeping a second copy of every name.
    /// </summary>
    public static int ByName(IndexedEntry a, IndexedEntry b)
    {
        var (x, y) = (a.Service.Name, b.Service.Name);
        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            var c = char.ToLowerInvariant(x[i]).CompareTo(char.ToLowerInvariant(y[i]));
            if (c != 0) return c;
        }
        return x.Length != y.Length ? x.Length.CompareTo(y.Length) : a.Id.CompareTo(b.Id);
    }
}

using Signpost.Core.ServiceDirectory.Hours;

namespace Signpost.Core.ServiceDirectory.Search.Memory;

/// <summary>
/// Runs a search over a <see cref="SearchSnapshot"/> with the same meaning as <see cref="DirectorySearchSql"/>: every
/// lexeme of the words and every filter key must be on the entry; the place by exact great-circle distance; open at a
/// local time by that date's changes, else bank-holiday or weekly hours; nearest first (then name, then id), or by
/// name when there is no place. It reads only the grid squares around the place, and within them only the entries
/// that have the rarest lexeme asked for.
/// </summary>
public sealed class SnapshotQuery
{
    private readonly SearchSnapshot snapshot;
    private readonly DirectorySearchOptions options;
    private readonly string[] required;
    private readonly DateOnly openDate;
    private readonly int openMinute;
    private readonly int openWeekMinute;
    private readonly bool isBankHoliday;
    private readonly double radius;
    private readonly double boxLatitude;
    private readonly double boxLongitude;

    public SnapshotQuery(SearchSnapshot snapshot, DirectorySearchOptions options, IReadOnlyList<string> textLexemes, bool isBankHoliday)
    {
        this.snapshot = snapshot;
        this.options = options;
        this.isBankHoliday = isBankHoliday;
        required = textLexemes.Concat(SearchKeys.For(options)).Distinct(StringComparer.Ordinal).ToArray();
        radius = Math.Clamp(options.RadiusMiles, 0.1, DirectorySearchOptions.MaxRadiusMiles);
        // The box around the place (as the SQL search's range check), worked out once rather than per candidate.
        boxLatitude = radius / 69.0;
        boxLongitude = options.Near is { } near ? radius / (69.0 * Math.Cos(near.Latitude * Math.PI / 180)) : 0;
        if (options.OpenAt is { } at)
        {
            openDate = DateOnly.FromDateTime(at);
            openMinute = LondonTime.MinuteOfDay(at);
            openWeekMinute = (LondonTime.IsoDay(openDate) - 1) * 1440 + openMinute;
        }
    }

    /// <summary>The page asked for, and how many match in all.</summary>
    public (List<(IndexedEntry Entry, double? Miles)> Page, int Total) Run()
    {
        var matches = new List<(IndexedEntry Entry, double? Miles)>();
        if (options.Near is { } near)
        {
            foreach (var entry in Candidates(near)) if (Matches(entry, near, out var miles)) matches.Add((entry, miles));
            matches.Sort(static (a, b) => a.Miles!.Value.CompareTo(b.Miles!.Value) is var c and not 0 ? c : IndexedEntry.ByName(a.Entry, b.Entry));
        }
        else
        {
            foreach (var entry in Candidates(null)) if (Matches(entry, null, out _)) matches.Add((entry, null));
            matches.Sort(static (a, b) => IndexedEntry.ByName(a.Entry, b.Entry));
        }
        var size = Math.Clamp(options.PageSize, 1, DirectorySearchOptions.MaxPageSize);
        var skip = (Math.Max(options.Page, 1) - 1) * size;
        return (matches.Skip(skip).Take(size).ToList(), matches.Count);
    }

    /// <summary>The services with no location that match, by name (at most <paramref name="limit"/>).</summary>
    public List<IndexedEntry> Remote(int limit)
    {
        var found = new List<IndexedEntry>();
        foreach (var p in snapshot.Remote) if (snapshot.IsLive(p) && Matches(snapshot.Entries[p], null, out _)) found.Add(snapshot.Entries[p]);
        foreach (var e in snapshot.Overlay) if (e.LocationId is null && Matches(e, null, out _)) found.Add(e);
        found.Sort(IndexedEntry.ByName);
        return found.Take(limit).ToList();
    }

    /// <summary>
    /// The entries that might match: near a place, each grid square's share of the rarest lexeme's posting list (or
    /// the whole square when no word or key is asked for); elsewhere, that posting list or everything. Then the changes.
    /// </summary>
    private IEnumerable<IndexedEntry> Candidates(GeoPoint? near)
    {
        int[]? rarest = null;
        var missing = false;
        foreach (var lexeme in required)
        {
            if (!snapshot.Postings.TryGetValue(lexeme, out var list)) { missing = true; break; }
            if (rarest is null || list.Length < rarest.Length) rarest = list;
        }
        if (!missing && near is { } point)
        {
            var (firstRow, lastRow, firstColumn, lastColumn) = SearchGrid.Bounds(point, radius);
            for (var row = firstRow; row <= lastRow; row++)
            {
                for (var column = firstColumn; column <= lastColumn; column++)
                {
                    if (!snapshot.Cells.TryGetValue(SearchGrid.Number(row, column), out var run)) continue;
                    if (rarest is null)
                    {
                        for (var p = run.Start; p < run.End; p++) if (snapshot.IsLive(p)) yield return snapshot.Entries[p];
                        continue;
                    }
                    for (var k = LowerBound(rarest, run.Start); k < rarest.Length && rarest[k] < run.End; k++)
                    {
                        if (snapshot.IsLive(rarest[k])) yield return snapshot.Entries[rarest[k]];
                    }
                }
            }
        }
        else if (!missing && rarest is not null)
        {
            foreach (var p in rarest) if (snapshot.IsLive(p)) yield return snapshot.Entries[p];
        }
        else if (!missing)
        {
            for (var p = 0; p < snapshot.Entries.Length; p++) if (snapshot.IsLive(p)) yield return snapshot.Entries[p];
        }
        foreach (var e in snapshot.Overlay) yield return e;
    }

    /// <summary>The first index in an ascending list whose value is at least <paramref name="value"/>.</summary>
    private static int LowerBound(int[] list, int value)
    {
        var (low, high) = (0, list.Length);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (list[middle] < value) low = middle + 1; else high = middle;
        }
        return low;
    }

    private bool Matches(IndexedEntry e, GeoPoint? near, out double miles)
    {
        miles = 0;
        if (near is { } point)
        {
            if (e.Latitude is not { } lat || e.Longitude is not { } lon) return false;
            if (lat < point.Latitude - boxLatitude || lat > point.Latitude + boxLatitude
                || lon < point.Longitude - boxLongitude || lon > point.Longitude + boxLongitude) return false;
            // The same great-circle formula as the SQL search.
            miles = point.MilesTo(new GeoPoint(lat, lon));
            if (miles > radius) return false;
        }
        foreach (var lexeme in required) if (!e.Has(lexeme)) return false;
        if (options.Age is { } age && (e.MinimumAge > age || e.MaximumAge < age)) return false;
        return options.OpenAt is null || e.Service.Hours.IsOpenAt(openDate, openMinute, openWeekMinute, isBankHoliday);
    }
}

namespace Signpost.Core.ServiceDirectory.Search.Memory;

/// <summary>
/// An immutable picture of directory_search_entries: a base of entries with a posting list per lexeme (the words and
/// filter keys, grid squares included), plus the changes since the base was built (base entries superseded, and the
/// new entries, few enough to read one by one). Searches read a snapshot without locks; a refresh makes a new one.
/// </summary>
public sealed class SearchSnapshot
{
    /// <summary>Past this many changed entries the base is rebuilt, so searches never read a long list one by one.</summary>
    public const int MaxOverlay = 4_000;

    private SearchSnapshot(IndexedEntry[] entries, Dictionary<string, int[]> postings, int[] remote,
        Dictionary<long, (int Start, int End)> cells, bool[]? removed, IndexedEntry[] overlay, ulong watermark)
    {
        Cells = cells;
        Entries = entries;
        Postings = postings;
        Remote = remote;
        Removed = removed;
        Overlay = overlay;
        Watermark = watermark;
    }

    public IndexedEntry[] Entries { get; }
    /// <summary>For each lexeme, the positions in <see cref="Entries"/> of the entries that have it, ascending.</summary>
    public IReadOnlyDictionary<string, int[]> Postings { get; }
    /// <summary>For each grid square (<see cref="SearchGrid.Number"/>), the run of positions of its entries.</summary>
    public IReadOnlyDictionary<long, (int Start, int End)> Cells { get; }
    /// <summary>Positions of the entries with no location (phone and online services).</summary>
    public int[] Remote { get; }
    /// <summary>Base entries replaced or removed since the base was built (null when none are).</summary>
    public bool[]? Removed { get; }
    /// <summary>Entries written since the base was built.</summary>
    public IndexedEntry[] Overlay { get; }
    /// <summary>The oldest transaction still running when this picture was read: changes from it onwards are still to read.</summary>
    public ulong Watermark { get; }

    public int Count => Entries.Length - (Removed?.Count(r => r) ?? 0) + Overlay.Length;

    public bool IsLive(int position) => Removed is null || !Removed[position];

    public static SearchSnapshot Build(IReadOnlyList<IndexedEntry> entries, ulong watermark)
    {
        // Entries in grid-square order: each square's entries are one run of positions, and so is each square's
        // share of any posting list, found by two binary searches.
        var array = entries.OrderBy(e => e.Latitude is { } lat && e.Longitude is { } lon ? SearchGrid.Number(SearchGrid.Row(lat), SearchGrid.Column(lon)) : long.MaxValue)
            .ToArray();
        var cells = new Dictionary<long, (int Start, int End)>();
        for (var i = 0; i < array.Length; i++)
        {
            if (array[i].Latitude is not { } lat || array[i].Longitude is not { } lon) continue;
            var cell = SearchGrid.Number(SearchGrid.Row(lat), SearchGrid.Column(lon));
            cells[cell] = cells.TryGetValue(cell, out var run) ? (run.Start, i + 1) : (i, i + 1);
        }
        // Posting lists sized exactly: count first, then fill (a list per lexeme would grow to twice the size and be copied).
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var remote = new List<int>();
        for (var i = 0; i < array.Length; i++)
        {
            foreach (var lexeme in array[i].Lexemes) counts[lexeme] = counts.GetValueOrDefault(lexeme) + 1;
            if (array[i].LocationId is null) remote.Add(i);
        }
        var postings = new Dictionary<string, int[]>(counts.Count, StringComparer.Ordinal);
        foreach (var (lexeme, count) in counts) postings[lexeme] = new int[count];
        var filled = new Dictionary<string, int>(counts.Count, StringComparer.Ordinal);
        for (var i = 0; i < array.Length; i++)
        {
            foreach (var lexeme in array[i].Lexemes)
            {
                var at = filled.GetValueOrDefault(lexeme);
                postings[lexeme][at] = i;
                filled[lexeme] = at + 1;
            }
        }
        return new SearchSnapshot(array, postings, remote.ToArray(), cells, null, [], watermark);
    }

    /// <summary>
    /// This picture with the given services' entries replaced by what the database now holds for them (none when a
    /// service was withdrawn). Rebuilt from scratch when the changes grow past <see cref="MaxOverlay"/>.
    /// </summary>
    public SearchSnapshot WithChanges(IReadOnlyCollection<Guid> services, IReadOnlyList<IndexedEntry> current, ulong watermark)
    {
        var changed = services.ToHashSet();
        var overlay = Overlay.Where(e => !changed.Contains(e.Service.Id)).Concat(current).ToArray();
        var removed = Removed is null ? null : (bool[])Removed.Clone();
        for (var p = 0; p < Entries.Length; p++)
        {
            if (!changed.Contains(Entries[p].Service.Id)) continue;
            removed ??= new bool[Entries.Length];
            removed[p] = true;
        }
        if (overlay.Length > MaxOverlay) return Build(Live(removed).Concat(overlay).ToList(), watermark);
        return new SearchSnapshot(Entries, (Dictionary<string, int[]>)Postings, Remote, (Dictionary<long, (int, int)>)Cells, removed, overlay, watermark);
    }

    private IEnumerable<IndexedEntry> Live(bool[]? removed) => Entries.Where((_, i) => removed is null || !removed[i]);
}

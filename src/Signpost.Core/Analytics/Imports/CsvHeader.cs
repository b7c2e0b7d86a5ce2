namespace Signpost.Core.Analytics.Imports;

/// <summary>
/// Matches a file's header row to the columns an import reads. A missing column, a column the import does not
/// know, or a column named twice (old and new names together) stops the import with the file and line 1.
/// </summary>
public sealed class CsvHeader
{
    private readonly Dictionary<string, int> indexes;

    private CsvHeader(Dictionary<string, int> indexes, IReadOnlyList<string> names)
    {
        this.indexes = indexes;
        Names = names;
    }

    /// <summary>The header as written in the file.</summary>
    public IReadOnlyList<string> Names { get; }

    public static CsvHeader Read(CsvRecordReader csv, IReadOnlyList<CsvColumn> columns)
    {
        if (!csv.Read()) throw new Signpost.Core.Imports.ImportException(csv.FileName, null, "the file is empty");
        var names = Enumerable.Range(0, csv.FieldCount).Select(i => csv.Text(i).TrimStart('\uFEFF')).ToList();
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        var unknown = new List<string>();
        for (var i = 0; i < names.Count; i++)
        {
            var column = columns.FirstOrDefault(c => c.Names.Contains(names[i], StringComparer.OrdinalIgnoreCase));
            if (column is null) { if (names[i].Length > 0) unknown.Add(names[i]); continue; }
            if (!indexes.TryAdd(column.Key, i)) throw csv.Problem($"the header names {column.Key} twice (as \"{names[indexes[column.Key]]}\" and \"{names[i]}\")");
        }
        if (unknown.Count > 0)
        {
            throw csv.Problem($"the header has column(s) this import does not know: {string.Join(", ", unknown.Select(u => $"\"{u}\""))}. " +
                "Check that this is the right kind of file; nothing is guessed.");
        }
        var missing = columns.Where(c => c.Required && !indexes.ContainsKey(c.Key)).Select(c => string.Join(" or ", c.Names)).ToList();
        if (missing.Count > 0) throw csv.Problem($"the header lacks the column(s) {string.Join("; ", missing)}");
        return new CsvHeader(indexes, names);
    }

    public bool Has(string key) => indexes.ContainsKey(key);

    public int this[string key] => indexes.TryGetValue(key, out var index) ? index : -1;
}

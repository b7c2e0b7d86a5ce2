namespace Signpost.Core.Imports;

/// <summary>A file that was imported whole, keyed by its content hash so a re-import is recognised.</summary>
public class ImportRun
{
    public long Id { get; set; }
    public required string Kind { get; set; }
    public required string FileName { get; set; }
    public required string Sha256 { get; set; }
    public int RowsImported { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
}

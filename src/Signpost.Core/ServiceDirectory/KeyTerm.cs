namespace Signpost.Core.ServiceDirectory;

/// <summary>A "Key terms" entry in plain English, linked wherever the term appears.</summary>
public class KeyTerm
{
    public required string Slug { get; set; }
    public required string Term { get; set; }
    public required string Definition { get; set; }
    public List<string> Aliases { get; set; } = [];
    public int SortOrder { get; set; }
}

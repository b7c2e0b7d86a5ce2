namespace Signpost.Core.ServiceDirectory;

/// <summary>A term of Signpost's primary care taxonomy (HSDS taxonomy_term); top-level terms are "I need…" categories.</summary>
public class TaxonomyTerm
{
    public Guid Id { get; set; }
    public Guid TaxonomyId { get; set; }
    public required string Code { get; set; }
    public Guid? ParentId { get; set; }
    public required string Name { get; set; }
    public required string Description { get; set; }
    public string? NeedLabel { get; set; }
    public string Keywords { get; set; } = "";
    public int SortOrder { get; set; }
}

namespace Signpost.Core.ServiceDirectory;

/// <summary>A taxonomy (HSDS taxonomy). Signpost has one of its own for primary care routes.</summary>
public class Taxonomy
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public required string Description { get; set; }
    public string? Uri { get; set; }
    public string? Version { get; set; }
}

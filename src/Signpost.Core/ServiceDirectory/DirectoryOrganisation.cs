namespace Signpost.Core.ServiceDirectory;

/// <summary>An organisation that provides services (HSDS organization): a GP practice, PCN, pharmacy or other.</summary>
public class DirectoryOrganisation
{
    public Guid Id { get; set; }
    public required string SourceKey { get; set; }
    public string? OdsCode { get; set; }
    public required string Kind { get; set; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    public string? Website { get; set; }
    public string? Email { get; set; }
    public bool IsDemo { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<DirectoryLocation> Locations { get; set; } = [];
}

namespace Signpost.Core.ServiceDirectory;

/// <summary>A place where services are delivered (HSDS location), with its known accessibility facilities.</summary>
public class DirectoryLocation
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public required string SourceKey { get; set; }
    public required string Name { get; set; }
    public List<string> AddressLines { get; set; } = [];
    public string? Postcode { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    /// <summary>Known facilities from <see cref="AccessibilityFeatures"/>; empty means not known.</summary>
    public List<string> Accessibility { get; set; } = [];
    public string? AccessibilityNotes { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

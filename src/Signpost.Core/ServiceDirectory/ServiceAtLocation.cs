namespace Signpost.Core.ServiceDirectory;

/// <summary>A service delivered at a location (HSDS service_at_location).</summary>
public class ServiceAtLocation
{
    public Guid Id { get; set; }
    public Guid ServiceId { get; set; }
    public Guid LocationId { get; set; }
    public DirectoryLocation? Location { get; set; }
}

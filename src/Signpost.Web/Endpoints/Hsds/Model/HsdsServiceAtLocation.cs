namespace Signpost.Web.Endpoints.Hsds.Model;

/// <summary>HSDS service_at_location; the location and service are there in full answers only.</summary>
public sealed record HsdsServiceAtLocation(Guid Id, Guid ServiceId, Guid LocationId)
{
    public HsdsLocation? Location { get; init; }
    public HsdsService? Service { get; init; }
}

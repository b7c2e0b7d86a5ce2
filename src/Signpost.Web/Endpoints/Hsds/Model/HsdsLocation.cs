namespace Signpost.Web.Endpoints.Hsds.Model;

/// <summary>HSDS location with its address, accessibility and phones.</summary>
public sealed record HsdsLocation(Guid Id, string LocationType, string Name, double? Latitude, double? Longitude,
    IReadOnlyList<HsdsAddress> Addresses, IReadOnlyList<HsdsAccessibility> Accessibility, IReadOnlyList<HsdsPhone> Phones);

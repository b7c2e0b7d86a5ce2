namespace Signpost.Core.ReferenceData;

/// <summary>A Code-Point Open postcode centroid, with WGS84 latitude and longitude where known.</summary>
public class PostcodeCentroid
{
    public required string Postcode { get; set; }
    public int PositionalQuality { get; set; }
    public int Eastings { get; set; }
    public int Northings { get; set; }
    public required string CountryCode { get; set; }
    public string? AdminCountyCode { get; set; }
    public string? AdminDistrictCode { get; set; }
    public string? AdminWardCode { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
}

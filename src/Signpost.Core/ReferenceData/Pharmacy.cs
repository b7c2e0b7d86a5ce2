namespace Signpost.Core.ReferenceData;

/// <summary>A community pharmacy from ODS edispensary. Status A is active.</summary>
public class Pharmacy
{
    public required string OdsCode { get; set; }
    public required string Name { get; set; }
    public List<string> AddressLines { get; set; } = [];
    public required string Postcode { get; set; }
    public DateOnly? OpenDate { get; set; }
    public DateOnly? CloseDate { get; set; }
    public required string StatusCode { get; set; }
    public string? ParentCode { get; set; }
    public string? IcbCode { get; set; }
    public string? Phone { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string? AdminDistrictCode { get; set; }

    public bool IsActive => StatusCode == "A";
    public bool IsLocated => Latitude.HasValue && Longitude.HasValue;
}

namespace Signpost.Core.ReferenceData;

/// <summary>A Primary Care Network from ODS ePCN. Open while it has no close date.</summary>
public class Pcn
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string SubIcbCode { get; set; }
    public DateOnly? OpenDate { get; set; }
    public DateOnly? CloseDate { get; set; }
    public List<string> AddressLines { get; set; } = [];
    public required string Postcode { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }

    public bool IsOpen => CloseDate is null;
}

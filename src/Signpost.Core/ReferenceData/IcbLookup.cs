namespace Signpost.Core.ReferenceData;

/// <summary>ONS lookup from sub-ICB location to ICB to NHS England region.</summary>
public class IcbLookup
{
    public required string SubIcbCode { get; set; }
    public required string SubIcbOnsCode { get; set; }
    public required string SubIcbName { get; set; }
    public required string IcbCode { get; set; }
    public required string IcbOnsCode { get; set; }
    public required string IcbName { get; set; }
    public required string RegionCode { get; set; }
    public required string RegionOnsCode { get; set; }
    public required string RegionName { get; set; }
}

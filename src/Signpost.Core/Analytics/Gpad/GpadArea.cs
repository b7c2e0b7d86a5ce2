namespace Signpost.Core.Analytics.Gpad;

/// <summary>A sub-ICB location or practice as a GPAD file names it (table gpad_areas).</summary>
public sealed record GpadArea(string Code, string Kind, string? Name, string? OnsCode = null, string? PcnCode = null, string? PcnName = null,
    string? SubIcbCode = null, string? IcbOnsCode = null, string? RegionOnsCode = null, string? Supplier = null)
{
    public const string SubIcb = "sub-icb";
    public const string Practice = "practice";
}

namespace Signpost.Core.Analytics.Gpad;

/// <summary>The appointments of one area in one month, totalled by each GPAD dimension (arrays indexed by code).</summary>
public sealed class MonthSummary(string areaCode, DateOnly month, string subIcbCode, string? pcnCode, bool hasCategory)
{
    public string AreaCode { get; } = areaCode;
    public DateOnly Month { get; } = month;
    public string SubIcbCode { get; } = subIcbCode;
    public string? PcnCode { get; } = pcnCode;
    public long Appointments { get; private set; }
    public long[] ByStatus { get; } = new long[GpadCodes.Status.Count];
    public long[] ByHcpType { get; } = new long[GpadCodes.HcpType.Count];
    public long[] ByMode { get; } = new long[GpadCodes.Mode.Count];
    public long[] ByTimeBetween { get; } = new long[GpadCodes.TimeBetween.Count];
    public long[]? ByNationalCategory { get; } = hasCategory ? new long[GpadCodes.NationalCategory.Count] : null;

    public void Add(short status, short hcpType, short mode, short timeBetween, short category, int count)
    {
        Appointments += count;
        ByStatus[status] += count;
        ByHcpType[hcpType] += count;
        ByMode[mode] += count;
        ByTimeBetween[timeBetween] += count;
        if (ByNationalCategory is not null) ByNationalCategory[category] += count;
    }
}

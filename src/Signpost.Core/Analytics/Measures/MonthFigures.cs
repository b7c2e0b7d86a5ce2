namespace Signpost.Core.Analytics.Measures;

/// <summary>
/// GPAD appointments of an area in one month, totalled by each dimension (arrays indexed as in GpadCodes), and
/// which source gave them: "regional" (the published sub-ICB figures) or "practice" (the practice-level crosstab).
/// </summary>
public sealed record MonthFigures(DateOnly Month, string Source, long Appointments, long[] ByStatus, long[] ByHcpType, long[] ByMode,
    long[] ByTimeBetween, long[]? ByNationalCategory);

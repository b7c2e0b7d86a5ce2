namespace Signpost.Core.Analytics.Measures;

/// <summary>
/// Appointments per day in one month for an area, from the GPAD daily file (by sub-ICB location), with the months
/// that have daily figures for choosing another. Days the file does not cover are not listed.
/// </summary>
public sealed record DailyReport(string Month, string AreaCode, string AreaName, long Appointments, IReadOnlyList<DailyFigure> Days,
    IReadOnlyList<string> MonthsWithFigures);

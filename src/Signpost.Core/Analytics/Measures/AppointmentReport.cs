namespace Signpost.Core.Analytics.Measures;

/// <summary>
/// GPAD appointments of an area over a range of months (the JSON of <c>./signpost report appointments</c>).
/// Shares and rates are fractions (0.43 is 43%).
/// </summary>
public sealed record AppointmentReport(
    AreaOption Area,
    string From,
    string To,
    IReadOnlyList<string> Sources,
    long Appointments,
    double SameDayShare,
    double DnaRate,
    double? AverageMonthlyPerThousandPatients,
    IReadOnlyList<Breakdown> ByMode,
    IReadOnlyList<Breakdown> ByHcpType,
    IReadOnlyList<Breakdown> ByStatus,
    IReadOnlyList<Breakdown> ByTimeFromBooking,
    IReadOnlyList<Breakdown>? ByNationalCategory,
    IReadOnlyList<MonthRow> Months,
    IReadOnlyList<GrowthFigure> Growth,
    IReadOnlyList<string> Notes);

/// <summary>One value of a dimension: its appointments and their share of all appointments.</summary>
public sealed record Breakdown(string Name, long Appointments, double Share);

/// <summary>One month of a report; per-1,000 and coverage only where a denominator exists.</summary>
public sealed record MonthRow(string Month, string Source, long Appointments, long SameDayAppointments, double SameDayShare, double DnaRate,
    double? YearOnYear, double? PerThousandPatients, Denominator? Coverage);

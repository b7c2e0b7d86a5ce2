namespace Signpost.Core.Analytics.Measures;

/// <summary>Appointments (and same-day appointments) in one period against the same period a year before.</summary>
public sealed record GrowthFigure(string Kind, string Period, string ComparedWith, long Appointments, long PreviousAppointments,
    long SameDayAppointments, long PreviousSameDayAppointments)
{
    public const string CalendarYear = "calendar-year";
    public const string FinancialYear = "financial-year";
    public const string Quarter = "quarter";

    public double Growth => PreviousAppointments == 0 ? 0 : (double)(Appointments - PreviousAppointments) / PreviousAppointments;

    public double SameDayGrowth => PreviousSameDayAppointments == 0 ? 0 : (double)(SameDayAppointments - PreviousSameDayAppointments) / PreviousSameDayAppointments;
}

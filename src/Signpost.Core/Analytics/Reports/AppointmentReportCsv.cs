using Signpost.Core.Analytics.Measures;

namespace Signpost.Core.Analytics.Reports;

/// <summary>The tables of an appointment report as CSV: the months, each breakdown, and growth.</summary>
public static class AppointmentReportCsv
{
    public static readonly IReadOnlyList<string> Tables = ["months", "mode", "hcp-type", "status", "time-from-booking", "national-category", "growth"];

    public static string Write(AppointmentReport report, string table = "months") => table switch
    {
        "months" => ReportFormats.Csv(
            ["month", "source", "appointments", "same_day_appointments", "same_day_share", "dna_rate", "year_on_year_growth", "per_1000_patients",
                "denominator_basis", "patients_included", "practices_included", "patients_in_area", "practices_in_area"],
            report.Months.Select(m => (IReadOnlyList<object?>)[m.Month, m.Source, m.Appointments, m.SameDayAppointments, m.SameDayShare, m.DnaRate,
                m.YearOnYear, m.PerThousandPatients, m.Coverage?.Basis, m.Coverage?.PatientsIncluded, m.Coverage?.IncludedPractices,
                m.Coverage?.PatientsInArea, m.Coverage?.PracticesInArea])),
        "mode" => Breakdown("appointment_mode", report.ByMode),
        "hcp-type" => Breakdown("hcp_type", report.ByHcpType),
        "status" => Breakdown("appointment_status", report.ByStatus),
        "time-from-booking" => Breakdown("time_between_booking_and_appointment", report.ByTimeFromBooking),
        "national-category" => Breakdown("national_category", report.ByNationalCategory ?? []),
        "growth" => ReportFormats.Csv(
            ["kind", "period", "compared_with", "appointments", "previous_appointments", "growth", "same_day_appointments", "previous_same_day_appointments", "same_day_growth"],
            report.Growth.Select(g => (IReadOnlyList<object?>)[g.Kind, g.Period, g.ComparedWith, g.Appointments, g.PreviousAppointments, g.Growth,
                g.SameDayAppointments, g.PreviousSameDayAppointments, g.SameDayGrowth])),
        _ => throw new AnalyticsInputException("table", $"There is no table \"{table}\" (use one of {string.Join(", ", Tables)})"),
    };

    private static string Breakdown(string name, IReadOnlyList<Breakdown> rows) =>
        ReportFormats.Csv([name, "appointments", "share"], rows.Select(b => (IReadOnlyList<object?>)[b.Name, b.Appointments, b.Share]));
}

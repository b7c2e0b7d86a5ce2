using Signpost.Core.Analytics.Equity;

namespace Signpost.Core.Analytics.Reports;

/// <summary>The equity table as CSV: suppressed counts are written "&lt;5", suppressed rates left empty.</summary>
public static class EquityCsv
{
    public static string Write(EquityReport report) => ReportFormats.Csv(
        [report.Dimension, "requests", "entered_by_staff", "entered_by_staff_share", "entered_by_staff_gap", "with_outcome", "outcome_share",
            "mean_hours_to_outcome", "outcome_within_24_hours_share", "booked", "booked_share", "booked_gap", "did_not_attend", "dna_rate", "dna_rate_gap", "feedback_responses",
            "mean_feedback", "includes_demo_data"],
        new[] { report.Overall }.Concat(report.Groups).Select(g => (IReadOnlyList<object?>)[g.Group, Suppression.Display(g.Requests),
            Suppression.Display(g.EnteredByStaff), g.EnteredByStaffShare, g.EnteredByStaffGap, Suppression.Display(g.WithOutcome), g.OutcomeShare,
            g.MeanHoursToOutcome, g.OutcomeWithinDayShare, Suppression.Display(g.Booked), g.BookedShare, g.BookedGap, Suppression.Display(g.DidNotAttend), g.DnaRate,
            g.DnaRateGap, Suppression.Display(g.FeedbackCount), g.MeanFeedback, report.IncludesDemoData ? "yes" : "no"]));
}

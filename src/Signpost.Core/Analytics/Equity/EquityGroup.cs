namespace Signpost.Core.Analytics.Equity;

/// <summary>
/// One group's access figures, already suppressed (null = fewer than 5, or a rate built on fewer than 5), with
/// the gap to all requests in percentage points (group rate minus overall rate) for the shares that matter.
/// </summary>
public sealed record EquityGroup(
    string Group,
    long? Requests,
    long? EnteredByStaff,
    double? EnteredByStaffShare,
    double? EnteredByStaffGap,
    long? WithOutcome,
    double? OutcomeShare,
    double? MeanHoursToOutcome,
    double? OutcomeWithinDayShare,
    long? Booked,
    double? BookedShare,
    double? BookedGap,
    long? DidNotAttend,
    double? DnaRate,
    double? DnaRateGap,
    long? FeedbackCount,
    double? MeanFeedback);

namespace Signpost.Core.Analytics.Equity;

/// <summary>A group's counts before suppression; never leaves the Core (see <see cref="EquityGroup"/>).</summary>
internal sealed record EquityRawGroup(string Group, bool IsOverall, long Requests, long EnteredByStaff, long WithOutcome, double? MeanHours,
    long WithinDay, long Booked, long Attendances, long DidNotAttend, long FeedbackCount, double? MeanFeedback)
{
    public EquityGroup Suppress(EquityRawGroup overall)
    {
        var staff = Suppression.Rate(EnteredByStaff, Requests);
        var booked = Suppression.Rate(Booked, Requests);
        var dna = Suppression.Rate(DidNotAttend, Attendances);
        return new EquityGroup(Group, Suppression.Count(Requests), Suppression.Count(EnteredByStaff), staff,
            Gap(staff, Suppression.Rate(overall.EnteredByStaff, overall.Requests)),
            Suppression.Count(WithOutcome), Suppression.Rate(WithOutcome, Requests), WithOutcome >= Suppression.Threshold ? MeanHours : null,
            Suppression.Rate(WithinDay, WithOutcome),
            Suppression.Count(Booked), booked, Gap(booked, Suppression.Rate(overall.Booked, overall.Requests)),
            Suppression.Count(DidNotAttend), dna, Gap(dna, Suppression.Rate(overall.DidNotAttend, overall.Attendances)),
            Suppression.Count(FeedbackCount), FeedbackCount >= Suppression.Threshold ? MeanFeedback : null);
    }

    private static double? Gap(double? group, double? all) => group is null || all is null ? null : group - all;
}

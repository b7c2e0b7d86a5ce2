using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Data;
using Signpost.Core.Navigation;
using Signpost.Core.Navigation.Capacity;
using Signpost.Core.Navigation.Feedback;
using Signpost.Core.Navigation.Queue;
using Signpost.Core.Navigation.Requests;

namespace Signpost.Core.Demo;

/// <summary>
/// DEMO DATA ONLY: made-up requests over the last 90 days that go through the same services as real ones (the
/// intake, the outcome, staff-recorded feedback; bookings and attendance follow in <see cref="DemoJourneyBookings"/>),
/// so the equity view shows them by channel and language through the same triggers as real requests. Every
/// request is flagged is_demo and named "Resident NNNN (demo journey)". People have no mobile number or e-mail, so
/// no message is queued for them.
/// </summary>
public static class DemoJourneys
{
    public const int DefaultRequests = 600;
    public const int Days = 90;
    private const string Clinician = "clinician@" + DemoAccounts.Domain;

    public sealed record Result(int Requests, int NotAccepted, int Outcomes, int Feedback);

    /// <summary>Submits the journeys in one transaction (all or none); does nothing when they are there already.</summary>
    public static async Task<Result> SeedAsync(SignpostDb db, NavigationAssessor assessor, WorkingCalendar calendar, TimeProvider clock,
        int requests = DefaultRequests, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Two seeders at once (two ./run --demo on one database) take turns; the second then finds the journeys.
        await db.Database.ExecuteSqlRawAsync("select pg_advisory_xact_lock(hashtext('signpost:demo-journeys'))", cancellationToken);
        if (await db.NavigationRequests.AnyAsync(r => r.IsDemo && r.PersonName.EndsWith(DemoJourneyPlan.NameSuffix), cancellationToken))
        {
            return new Result(0, 0, 0, 0);
        }
        var practices = await db.GpPractices.Where(p => p.StatusCode == "A" && p.PrescribingSetting == 4).OrderBy(p => p.OdsCode)
            .Select(p => p.OdsCode).ToListAsync(cancellationToken);
        if (practices.Count == 0) return new Result(0, 0, 0, 0);
        var random = new Random(20261121);
        var now = clock.GetUtcNow();
        var (saved, refused, outcomes, feedback) = (0, 0, 0, 0);
        for (var i = 0; i < requests; i++)
        {
            var journey = DemoJourneyPlan.Next(random, i, now, Days, calendar, practices);
            var at = new DemoClock(journey.SubmittedAt);
            var staff = journey.Options.EnteredBy is { } navigator ? AuditActor.User(navigator, null) : AuditActor.Anonymous(null);
            var result = await new RequestIntake(db, assessor, calendar, new AuditLog(db, at), at).SubmitAsync(journey.Options, staff, cancellationToken);
            if (!result.Saved)
            {
                refused++;
                continue;
            }
            saved++;
            var outcomeAt = journey.SubmittedAt + journey.OutcomeAfter;
            if (outcomeAt < now && await SendOutcomeAsync(db, result.Request!.Id, outcomeAt, cancellationToken)) outcomes++;
            if (journey.FeedbackEase is { } ease && outcomeAt + journey.FeedbackAfter < now)
            {
                var then = new DemoClock(outcomeAt + journey.FeedbackAfter);
                await new FirstContactFeedbackService(db, new AuditLog(db, then), then).SubmitByStaffAsync(result.Request!.Id,
                    new FeedbackAnswers(ease, Math.Min(5, ease + 1), ease >= 3 ? "yes" : "partly", journey.Options.PreferredLanguage),
                    DemoJourneyPlan.Navigator, AuditActor.User(DemoJourneyPlan.Navigator, null), cancellationToken);
                feedback++;
            }
            // Each step reads what it needs again: with a growing change tracker every save took longer (measured).
            db.ChangeTracker.Clear();
        }
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new Result(saved, refused, outcomes, feedback);
    }

    private static async Task<bool> SendOutcomeAsync(SignpostDb db, Guid id, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var clock = new DemoClock(at);
        var errors = await new RequestOutcome(db, new AuditLog(db, clock), clock).SendAsync(id, "(demo) The practice has dealt with your request.",
            Clinician, "http://127.0.0.1", AuditActor.User(Clinician, null), cancellationToken);
        return errors.Count == 0;
    }
}

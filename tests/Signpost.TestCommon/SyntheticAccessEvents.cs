using Microsoft.EntityFrameworkCore;
using Signpost.Core.Analytics.Equity;
using Signpost.Core.Data;

namespace Signpost.TestCommon;

/// <summary>
/// Made-up access events written straight into access_events (as another feature would), every row flagged is_demo
/// and request_ref "demo-…", over the 90 days before now: the tests of the equity summaries use them. The demo seed
/// no longer does (it makes requests through the features: Core/Demo/DemoJourneys). The mix is invented.
/// </summary>
public static class SyntheticAccessEvents
{
    private static readonly (string Value, int Weight)[] Channels = [("online", 45), ("phone", 38), ("walk-in", 10), ("proxy", 7)];
    private static readonly (string Value, int Weight)[] Languages =
        [("en", 70), ("ur", 7), ("pl", 5), ("bn", 4), ("ro", 4), ("pa", 3), ("pt", 2), ("ar", 2), ("so", 2), ("gu", 1)];
    private static readonly (string Value, int Weight)[] Needs = [("none", 86), ("interpreter", 8), ("easy-read", 3), ("large-print", 2), ("bsl", 1)];
    private static readonly (string Value, int Weight)[] Ages = [("0-15", 14), ("16-24", 11), ("25-44", 27), ("45-64", 25), ("65-74", 12), ("75+", 11)];
    private static readonly (string Value, int Weight)[] Sexes = [("female", 54), ("male", 44), ("not-stated", 2)];
    private static readonly (string Value, int Weight)[] Dispositions =
        [("gp-appointment", 40), ("other-clinician", 22), ("pharmacy-first", 12), ("self-care", 10), ("admin-resolved", 12), ("111", 3), ("urgent-treatment-centre", 1)];
    private static readonly string[] Roles = ["gp", "nurse", "clinical-pharmacist", "physiotherapist", "paramedic", "mental-health-practitioner"];
    private static readonly string[] Modalities = ["face-to-face", "telephone", "video", "home-visit"];

    public static async Task<int> SeedAsync(SignpostDb db, TimeProvider clock, int requests = 1500, CancellationToken cancellationToken = default)
    {
        if (await db.AccessEvents.AnyAsync(e => e.IsDemo, cancellationToken)) return 0;
        var random = new Random(20261121);
        var practices = await db.GpPractices.Where(p => p.StatusCode == "A" && p.PrescribingSetting == 4).Select(p => p.OdsCode).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        for (var i = 0; i < requests; i++)
        {
            foreach (var e in Journey(random, $"demo-{i:D5}", now.AddMinutes(-random.Next(90 * 24 * 60)), practices)) db.AccessEvents.Add(e);
        }
        await db.SaveChangesAsync(cancellationToken);
        return requests;
    }

    private static IEnumerable<AccessEvent> Journey(Random random, string reference, DateTimeOffset at, List<string> practices)
    {
        var channel = Pick(random, Channels);
        var need = Pick(random, Needs);
        var staff = channel is "phone" or "walk-in" || (channel == "proxy" && random.Next(10) < 6) || (channel == "online" && random.Next(20) == 0);
        var practice = practices.Count == 0 ? null : practices[random.Next(practices.Count)];
        AccessEvent Event(string type, DateTimeOffset when) => new() { RequestRef = reference, EventType = type, OccurredAt = when, PracticeCode = practice, IsDemo = true };
        var made = Event(AccessEventTypes.RequestMade, at);
        made.Channel = channel;
        made.Language = need == "interpreter" && random.Next(3) > 0 ? Pick(random, Languages[1..]) : Pick(random, Languages);
        made.CommunicationNeed = need;
        made.AgeBand = Pick(random, Ages);
        made.Sex = Pick(random, Sexes);
        made.EnteredByStaff = staff;
        yield return made;
        if (random.Next(100) < 4) yield break;
        // Invented so the view has gaps to show: requests needing an interpreter wait longer for an outcome.
        var outcomeAt = at.AddMinutes(random.Next(20, need == "interpreter" ? 2400 : 1200));
        var disposition = Pick(random, Dispositions);
        var outcome = Event(AccessEventTypes.OutcomeGiven, outcomeAt);
        outcome.Disposition = disposition;
        yield return outcome;
        if (disposition is "gp-appointment" or "other-clinician")
        {
            var booked = Event(AccessEventTypes.Booked, outcomeAt.AddMinutes(5));
            booked.BookingRole = disposition == "gp-appointment" ? "gp" : Roles[1 + random.Next(Roles.Length - 1)];
            booked.BookingModality = Modalities[random.Next(channel == "online" ? 3 : Modalities.Length)];
            yield return booked;
            var dnaChance = made.AgeBand is "16-24" or "25-44" ? 8 : 4;
            yield return Event(random.Next(100) < dnaChance ? AccessEventTypes.DidNotAttend : AccessEventTypes.Attended, outcomeAt.AddDays(2));
        }
        if (random.Next(100) < 30)
        {
            var feedback = Event(AccessEventTypes.FeedbackGiven, outcomeAt.AddHours(1));
            feedback.FeedbackScore = (short)Math.Clamp(random.Next(2, 6) + (staff ? 0 : random.Next(-1, 1)), 1, 5);
            yield return feedback;
        }
    }

    private static string Pick(Random random, (string Value, int Weight)[] choices)
    {
        var roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if ((roll -= weight) < 0) return value;
        }
        return choices[^1].Value;
    }
}

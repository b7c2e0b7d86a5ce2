using System.Globalization;
using Signpost.Core.Navigation.Capacity;
using Signpost.Core.Navigation.Requests;

namespace Signpost.Core.Demo;

/// <summary>One made-up person's journey: the request as they (or a navigator) would enter it, and when things happen next.</summary>
public sealed record DemoJourney(SubmitRequestOptions Options, DateTimeOffset SubmittedAt, TimeSpan OutcomeAfter, int? FeedbackEase, TimeSpan FeedbackAfter);

/// <summary>
/// DEMO DATA ONLY: the invented mix of people, channels, languages, needs and problems the demo journeys are drawn
/// from (a fixed seed, so every demo database gets the same ones). It is not a finding about anyone; the gaps it
/// builds in (interpreter requests wait longer, staff-entered requests give lower feedback) are there so that the
/// equity view has something to show.
/// </summary>
public static class DemoJourneyPlan
{
    public const string NameSuffix = "(demo journey)";
    public const string Navigator = "navigator@" + DemoAccounts.Domain;

    private static readonly (string Value, int Weight)[] Channels = [("online", 45), ("phone", 38), ("walk-in", 10), ("proxy", 7)];
    private static readonly (string Value, int Weight)[] Languages =
        [("en", 70), ("ur", 7), ("pl", 5), ("bn", 4), ("ro", 4), ("pa", 3), ("pt", 2), ("ar", 2), ("so", 2), ("gu", 1)];
    private static readonly (string Value, int Weight)[] Needs = [("none", 86), ("interpreter", 8), ("easy-read", 3), ("large-print", 2), ("bsl", 1)];
    private static readonly (int From, int To, int Weight)[] Ages = [(0, 15, 14), (16, 24, 11), (25, 44, 27), (45, 64, 25), (65, 74, 12), (75, 95, 11)];
    private static readonly (string Value, int Weight)[] Sexes = [("female", 54), ("male", 44), ("other", 2)];

    // Problems in the words people use, with what the shipped rules make of them (GP, physiotherapist, nurse,
    // Pharmacy First, pharmacy, self-care, dental, admin…), weighted to a plausible mix.
    private static readonly (string Type, string Text, int Weight)[] Problems =
    [
        ("medical", "Tired all the time for six weeks", 6), ("medical", "Cough for three weeks, not getting better", 6),
        ("medical", "Headaches most days for a month", 5), ("medical", "Heart racing on and off for a week", 4),
        ("medical", "Mole that has changed shape", 4), ("medical", "Painful swollen big toe", 3),
        ("medical", "I would like a review of my blood pressure tablets", 5), ("medical", "Lower back pain for three weeks after lifting", 5),
        ("medical", "Knee pain when walking for two months", 3), ("medical", "Dressing change needed for a leg wound", 4),
        ("medical", "Blood test due for my diabetes", 4), ("medical", "Itchy rash on my arm for a week", 4),
        ("medical", "Feeling low and anxious for a month, not sleeping well", 4),
        ("medical", "Feeling lonely since my wife died, would like help to get out more", 2),
        ("medical", "Sore throat for four days, no trouble breathing", 6), ("medical", "Insect bite on leg is red, hot and spreading", 3),
        ("medical", "Sinus pain and blocked nose for twelve days", 3), ("medical", "Cold sore on my lip", 2), ("medical", "Eye is red and sticky", 3),
        ("medical", "Blocked nose and sneezing for two days", 7), ("medical", "Toothache for a week", 2),
        ("repeat-prescription", "Please can I have my usual inhaler", 6), ("fit-note", "I need a fit note for my work", 3),
        ("test-results", "Are my blood test results back", 3),
    ];

    /// <summary>The journey of the <paramref name="index"/>th person, submitted on a day in the <paramref name="days"/> days before <paramref name="now"/>.</summary>
    public static DemoJourney Next(Random random, int index, DateTimeOffset now, int days, WorkingCalendar calendar, IReadOnlyList<string> practices)
    {
        var channel = Pick(random, Channels);
        var need = Pick(random, Needs);
        var language = need == "interpreter" && random.Next(3) > 0 ? Pick(random, Languages[1..]) : Pick(random, Languages);
        var (from, to, _) = Ages[PickIndex(random, Ages.Select(a => a.Weight).ToArray())];
        var age = random.Next(from, to + 1);
        var sex = Pick(random, Sexes);
        var (type, text, _) = Problems[PickIndex(random, Problems.Select(p => p.Weight).ToArray())];
        var proxy = channel == "proxy";
        var viaStaff = channel is "phone" or "walk-in" || (proxy && random.Next(10) < 6);
        var name = string.Create(CultureInfo.InvariantCulture, $"Resident {index + 1:D4} {NameSuffix}");
        var options = new SubmitRequestOptions
        {
            IsDemo = true, Channel = proxy ? (viaStaff ? "phone" : "online") : channel, EnteredBy = viaStaff ? Navigator : null,
            ForSomeoneElse = proxy || (age < 16 && random.Next(2) == 0), ProxyName = "A relative (demo)", ProxyRelationship = age < 16 ? "parent" : "family",
            PracticeOdsCode = practices[random.Next(practices.Count)], PersonName = name, AgeYears = age, Sex = sex,
            Pregnant = sex == "female" ? false : null, PreferredLanguage = language, CommunicationNeeds = need == "none" ? [] : [need],
            // A drama-reserved landline (Ofcom 01632 960xxx): the practice replies by phone, so no message is queued.
            Phone = string.Create(CultureInfo.InvariantCulture, $"01632 960{random.Next(1000):D3}"), RequestType = type, Description = text,
            SymptomDays = random.Next(1, 30),
        };
        if (!options.ForSomeoneElse) options = options with { ProxyName = null, ProxyRelationship = null };
        var outcomeMinutes = random.Next(20, need == "interpreter" ? 2400 : 1200);
        int? ease = random.Next(100) < 30 ? Math.Clamp(random.Next(2, 6) - (viaStaff ? random.Next(0, 2) : 0), 1, 5) : null;
        return new DemoJourney(options, SubmittedAt(random, now, days, calendar, online: !viaStaff), TimeSpan.FromMinutes(outcomeMinutes), ease,
            TimeSpan.FromHours(random.Next(1, 48)));
    }

    // Working days, in core hours; one online request in twenty comes in the evening, when the online route is closed.
    private static DateTimeOffset SubmittedAt(Random random, DateTimeOffset now, int days, WorkingCalendar calendar, bool online)
    {
        var today = DateOnly.FromDateTime(calendar.Local(now));
        DateOnly day;
        do day = today.AddDays(-random.Next(1, days + 1));
        while (!calendar.IsWorkingDay(day));
        var minutes = online && random.Next(20) == 0 ? random.Next(19 * 60, 21 * 60) : random.Next(8 * 60, 18 * 60 + 25);
        return calendar.Instant(day, new TimeOnly(minutes / 60, minutes % 60));
    }

    private static string Pick(Random random, (string Value, int Weight)[] choices) => choices[PickIndex(random, choices.Select(c => c.Weight).ToArray())].Value;

    private static int PickIndex(Random random, int[] weights)
    {
        var roll = random.Next(weights.Sum());
        for (var i = 0; i < weights.Length; i++)
        {
            if ((roll -= weights[i]) < 0) return i;
        }
        return weights.Length - 1;
    }
}

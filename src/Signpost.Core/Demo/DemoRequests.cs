using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Data;
using Signpost.Core.Navigation;
using Signpost.Core.Navigation.Capacity;
using Signpost.Core.Navigation.Requests;

namespace Signpost.Core.Demo;

/// <summary>
/// Example requests for <c>./run --demo</c>: an online request written in Urdu, a phone request a navigator entered for
/// an older man who cannot use the form, and an online sore throat. They are dated on the last working day, so the
/// queue shows them waiting (and at risk) at once. They are flagged is_demo, like everything the demo seed makes.
/// </summary>
public static class DemoRequests
{
    public const string Marker = "(demo)";

    public static async Task<int> SeedAsync(SignpostDb db, NavigationAssessor assessor, WorkingCalendar calendar, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        if (await db.NavigationRequests.AnyAsync(r => r.PersonName.EndsWith(Marker), cancellationToken)) return 0;
        var practice = await db.GpPractices.Where(p => p.StatusCode == "A" && p.PrescribingSetting == 4).OrderBy(p => p.OdsCode).Select(p => p.OdsCode).FirstAsync(cancellationToken);
        var day = DateOnly.FromDateTime(calendar.Local(clock.GetUtcNow()));
        do day = day.AddDays(-1);
        while (!calendar.IsWorkingDay(day));
        var seeded = 0;
        foreach (var (hour, options) in Requests(practice))
        {
            var at = new DemoClock(calendar.Instant(day, new TimeOnly(hour, 15)));
            var intake = new RequestIntake(db, assessor, calendar, new AuditLog(db, at), at);
            if ((await intake.SubmitAsync(options, AuditActor.System, cancellationToken)).Saved) seeded++;
        }
        return seeded;
    }

    private static IEnumerable<(int Hour, SubmitRequestOptions Options)> Requests(string practice) =>
    [
        (9, new SubmitRequestOptions
        {
            IsDemo = true, PersonName = "Ayesha Khan " + Marker, AgeYears = 34, Sex = "female", Pregnant = false, PracticeOdsCode = practice, Phone = "07700 900101",
            PreferredLanguage = "ur", CommunicationNeeds = ["interpreter"], RequestType = "medical", PreferredModality = "phone",
            Description = "میرے گلے میں تین دن سے درد ہے اور نگلنے میں تکلیف ہے", GoodTimes = "صبح",
        }),
        (10, new SubmitRequestOptions
        {
            IsDemo = true, Channel = "phone", EnteredBy = "navigator@" + DemoAccounts.Domain, PersonName = "Harold Smith " + Marker, AgeYears = 86, Sex = "male",
            PracticeOdsCode = practice, Phone = "01582 700 100", PreferredLanguage = "en", CommunicationNeeds = ["hearing-loop"],
            RequestType = "medical", PreferredModality = "face-to-face", ForSomeoneElse = true, ProxyName = "Susan Smith", ProxyRelationship = "daughter",
            Description = "Cannot use the online form. Dizzy spells for a week and a bit muddled since yesterday, daughter worried.",
        }),
        (11, new SubmitRequestOptions
        {
            IsDemo = true, PersonName = "Jo Bloggs " + Marker, AgeYears = 27, Sex = "female", Pregnant = false, PracticeOdsCode = practice, Phone = "07700 900102",
            PreferredLanguage = "en", RequestType = "medical", Description = "Sore throat for four days, no trouble breathing", PreferredModality = "video",
        }),
    ];
}

using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Booking;
using Signpost.TestCommon;
using Signpost.Web.Tests.Pages.Booking;

namespace Signpost.Web.Tests.Pages.Staff.Booking.Schedules;

/// <summary>A signed-in manager on a fixed clock, and a schedule with no sessions yet at a site of a made-up PCN.</summary>
public static class RotaTestHelpers
{
    /// <summary>Monday 23 November 2026, 08:00 UK time (GMT).</summary>
    public static readonly DateTimeOffset Monday = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    public sealed record Rota(SignpostWebFactory Factory, HttpClient Client, string Email, TestClock Clock) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Factory.DisposeAsync();
    }

    public static async Task<Rota> SignInAsync(DateTimeOffset now, string role = StaffRoles.Manager)
    {
        var user = await TestData.AddStaffUserAsync(await TestDatabase.GetAsync(), role);
        var clock = new TestClock(now);
        var factory = await SignpostWebFactory.CreateAsync(clock: clock);
        return new Rota(factory, await factory.SignedInClientAsync(user.Email), user.Email, clock);
    }

    public sealed record Empty(Guid ScheduleId, Guid PractitionerId, Guid SiteId, AppointmentType Type);

    public static async Task<Empty> ScheduleAsync(int minutes = 15, string role = MdtRoles.Nurse)
    {
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var (pcn, practice) = await BookingTestData.AddPcnAsync(db);
        var site = await BookingTestData.AddSiteAsync(db, pcn, practice);
        var type = await BookingTestData.AddTypeAsync(db, role, minutes: minutes);
        var practitioner = new Practitioner { Id = Guid.NewGuid(), DisplayName = "Sam Rota", Role = role, CreatedAt = DateTimeOffset.UtcNow };
        var schedule = new BookingSchedule { Id = Guid.NewGuid(), Name = "Rota test", PractitionerId = practitioner.Id, SiteId = site.Id, CreatedAt = DateTimeOffset.UtcNow };
        db.Practitioners.Add(practitioner);
        db.BookingSchedules.Add(schedule);
        await db.SaveChangesAsync();
        return new Empty(schedule.Id, practitioner.Id, site.Id, type);
    }

    public static Dictionary<string, string> Session(Empty s, string weekday, string start, string end, string validFrom = "2026-11-23", string validUntil = "") => new()
    {
        ["Weekday"] = weekday, ["Start"] = start, ["End"] = end, ["TypeId"] = s.Type.Id.ToString(), ["RoomId"] = "",
        ["ValidFrom"] = validFrom, ["ValidUntil"] = validUntil,
    };

    /// <summary>Posts the form on <paramref name="url"/> and follows the redirect to the schedule page.</summary>
    public static async Task<(HttpResponseMessage Response, IHtmlDocument Page)> PostAsync(this Rota rota, string url, Dictionary<string, string> fields)
    {
        var response = await rota.Client.SubmitAsync(await rota.Client.GetDocumentAsync(url), url, fields);
        var page = response.Headers.Location is { } location
            ? await rota.Client.GetDocumentAsync(location.OriginalString)
            : await WebTestHelpers.ParseAsync(response);
        return (response, page);
    }

    public static async Task<(HttpResponseMessage Response, IHtmlDocument Page)> AddSessionAsync(this Rota rota, Empty s, Dictionary<string, string> fields) =>
        await rota.PostAsync($"/staff/booking/schedules/{s.ScheduleId}/sessions/new", fields);

    public static List<string> Errors(IHtmlDocument page) =>
        page.QuerySelectorAll(".nhsuk-error-summary__list a").Select(a => a.TextContent.Trim()).ToList();

    public static string? Banner(IHtmlDocument page) => page.QuerySelector("#rota-done p")?.TextContent.Trim();

    public static async Task<Dictionary<string, int>> SlotStatusesAsync(Guid scheduleId)
    {
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        return await db.BookingSlots.Where(s => s.ScheduleId == scheduleId).GroupBy(s => s.Status).ToDictionaryAsync(g => g.Key, g => g.Count());
    }

    public static async Task<List<string>> AuditActionsAsync(Guid scheduleId)
    {
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        return await db.AuditLog.Where(a => a.EntityType == "schedule" && a.EntityId == scheduleId.ToString()).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
    }
}

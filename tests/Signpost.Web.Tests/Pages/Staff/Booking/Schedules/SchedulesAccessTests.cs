using System.Net;
using Signpost.Core.Accounts;
using Signpost.TestCommon;
using Signpost.Web.Tests.Pages.Booking;
using static Signpost.Web.Tests.Pages.Staff.Booking.Schedules.RotaTestHelpers;

namespace Signpost.Web.Tests.Pages.Staff.Booking.Schedules;

public class SchedulesAccessTests
{
    [Theory]
    [InlineData(StaffRoles.Navigator)]
    [InlineData(StaffRoles.Clinician)]
    public async Task RotaPages_WithoutManagerOrAdmin_AccessDenied(string role)
    {
        var s = await ScheduleAsync();
        await using var rota = await SignInAsync(Monday, role);

        var urls = new[] { "/staff/booking/schedules", "/staff/booking/schedules/new", $"/staff/booking/schedules/{s.ScheduleId}", $"/staff/booking/schedules/{s.ScheduleId}/leave/new" };
        foreach (var url in urls)
        {
            var response = await rota.Client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
        var post = await rota.Client.PostAsync(new Uri($"/staff/booking/schedules/{s.ScheduleId}?handler=active", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["active"] = "false" }));
        Assert.StartsWith("/account/access-denied", post.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal([], await AuditActionsAsync(s.ScheduleId));
    }

    [Fact]
    public async Task BookingPage_NavigatorHasNoRotaLink_ManagerHasOne()
    {
        await using var navigator = await SignInAsync(Monday, StaffRoles.Navigator);
        await using var manager = await SignInAsync(Monday);

        Assert.Null((await navigator.Client.GetDocumentAsync("/staff/booking")).QuerySelector("#rota-link"));
        Assert.NotNull((await manager.Client.GetDocumentAsync("/staff/booking")).QuerySelector("#rota-link a[href='/staff/booking/schedules']"));
    }

    [Fact]
    public async Task List_FilteredBySite_ShowsOnlyThatSitesSchedules()
    {
        var mine = await ScheduleAsync();
        var other = await ScheduleAsync();
        await using var rota = await SignInAsync(Monday, StaffRoles.Admin);

        var page = await rota.Client.GetDocumentAsync($"/staff/booking/schedules?SiteId={mine.SiteId}");

        var links = page.QuerySelectorAll("#schedules a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/staff/booking/schedules/{mine.ScheduleId}"], links);
        Assert.Contains("Practice nurse", page.QuerySelector("#schedules")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain($"/staff/booking/schedules/{other.ScheduleId}", page.Source.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownIds_NotFound()
    {
        var s = await ScheduleAsync();
        await using var rota = await SignInAsync(Monday);
        var unknown = Guid.NewGuid();

        foreach (var url in new[] { $"/staff/booking/schedules/{unknown}", $"/staff/booking/schedules/{unknown}/sessions/new", $"/staff/booking/schedules/{unknown}/exceptions/new", $"/staff/booking/schedules/{unknown}/leave/new" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await rota.Client.GetAsync(new Uri(url, UriKind.Relative))).StatusCode);
        }
        var page = await rota.Client.GetDocumentAsync($"/staff/booking/schedules/{s.ScheduleId}");
        foreach (var handler in new[] { "removesession", "removeexception", "removeleave" })
        {
            var response = await rota.Client.SubmitAsync(page, $"/staff/booking/schedules/{s.ScheduleId}?handler={handler}&itemId={unknown}", new Dictionary<string, string>());
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await rota.Client.SubmitAsync(page, $"/staff/booking/schedules/{unknown}?handler=active", new Dictionary<string, string> { ["active"] = "false" })).StatusCode);
        Assert.Equal([], await AuditActionsAsync(s.ScheduleId));
    }
}

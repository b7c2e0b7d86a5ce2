using System.Net;
using Signpost.Core.Accounts;
using Signpost.Web.Tests.Pages.Booking;
using static Signpost.Web.Tests.Pages.Staff.Booking.Schedules.RotaTestHelpers;
using static Signpost.Web.Tests.Pages.Staff.Booking.Types.TypeTestHelpers;

namespace Signpost.Web.Tests.Pages.Staff.Booking.Types;

public class TypesAccessTests
{
    [Theory]
    [InlineData(StaffRoles.Navigator)]
    [InlineData(StaffRoles.Clinician)]
    public async Task TypeAndRoomPages_WithoutManagerOrAdmin_AccessDeniedAndNothingSaved(string role)
    {
        var s = await ScheduleAsync();
        await using var rota = await SignInAsync(Monday, role);

        foreach (var url in new[] { "/staff/booking/types", "/staff/booking/types/new", $"/staff/booking/types/{s.Type.Id}", "/staff/booking/rooms" })
        {
            var response = await rota.Client.GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
        var code = UniqueCode();
        var post = await rota.Client.PostAsync(new Uri("/staff/booking/types/new", UriKind.Relative), new FormUrlEncodedContent(PhysioForm(code)));
        Assert.StartsWith("/account/access-denied", post.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        var room = await rota.Client.PostAsync(new Uri("/staff/booking/rooms", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["SiteId"] = s.SiteId.ToString(), ["Name"] = "Room 1" }));
        Assert.StartsWith("/account/access-denied", room.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.Null(await FindTypeAsync(code));
        Assert.Empty(await AuditAsync("appointment-type", s.Type.Id));
    }

    [Fact]
    public async Task Forms_WithoutTheAntiForgeryToken_RefusedAndNothingSaved()
    {
        var s = await ScheduleAsync();
        await using var rota = await SignInAsync(Monday);
        var code = UniqueCode();

        var create = await rota.Client.PostAsync(new Uri("/staff/booking/types/new", UriKind.Relative), new FormUrlEncodedContent(PhysioForm(code)));
        var edit = await rota.Client.PostAsync(new Uri($"/staff/booking/types/{s.Type.Id}", UriKind.Relative), new FormUrlEncodedContent(FormOf(s.Type)));

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (create.StatusCode, edit.StatusCode));
        Assert.Null(await FindTypeAsync(code));
        Assert.Empty(await AuditAsync("appointment-type", s.Type.Id));
    }

    [Fact]
    public async Task UnknownIds_NotFound()
    {
        await using var rota = await SignInAsync(Monday);
        var unknown = Guid.NewGuid();
        var page = await rota.Client.GetDocumentAsync("/staff/booking/types/new");

        Assert.Equal(HttpStatusCode.NotFound, (await rota.Client.GetAsync(new Uri($"/staff/booking/types/{unknown}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await rota.Client.SubmitAsync(page, $"/staff/booking/types/{unknown}", PhysioForm(UniqueCode()))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await rota.Client.SubmitAsync(page, $"/staff/booking/rooms?handler=remove&roomId={unknown}", new Dictionary<string, string>())).StatusCode);
    }

    [Fact]
    public async Task BookingAndRotaPages_LinkTypesAndRoomsForManagersOnly()
    {
        await using var navigator = await SignInAsync(Monday, StaffRoles.Navigator);
        await using var manager = await SignInAsync(Monday);

        Assert.Null((await navigator.Client.GetDocumentAsync("/staff/booking")).QuerySelector("#types-link"));
        foreach (var url in new[] { "/staff/booking", "/staff/booking/schedules" })
        {
            var page = await manager.Client.GetDocumentAsync(url);
            Assert.NotNull(page.QuerySelector("#types-link a[href='/staff/booking/types']"));
            Assert.NotNull(page.QuerySelector("#types-link a[href='/staff/booking/rooms']"));
        }
    }
}

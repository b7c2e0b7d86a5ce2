using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Booking;
using Signpost.TestCommon;
using Signpost.Web.Tests.Pages.Booking;
using static Signpost.Web.Tests.Pages.Staff.Booking.Schedules.RotaTestHelpers;
using static Signpost.Web.Tests.Pages.Staff.Booking.Types.TypeTestHelpers;

namespace Signpost.Web.Tests.Pages.Staff.Booking.Rooms;

public class RoomTests
{
    private static Dictionary<string, string> Room(Guid siteId, string name) => new() { ["SiteId"] = siteId.ToString(), ["Name"] = name };

    private static async Task<BookingRoom?> FindRoomAsync(Guid siteId, string name)
    {
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        return await db.Set<BookingRoom>().AsNoTracking().SingleOrDefaultAsync(r => r.SiteId == siteId && r.Name == name);
    }

    private static async Task<int> RoomCountAsync(Guid siteId)
    {
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        return await db.Set<BookingRoom>().CountAsync(r => r.SiteId == siteId);
    }

    [Fact]
    public async Task Add_Valid_ListedAuditedAndOfferedInTheSitesSessionForm()
    {
        var s = await ScheduleAsync();
        var elsewhere = await ScheduleAsync();
        await using var rota = await SignInAsync(Monday);

        var (response, page) = await rota.PostAsync("/staff/booking/rooms", Room(s.SiteId, "  Treatment room 2 "));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Room Treatment room 2 added.", Banner(page));
        var room = await FindRoomAsync(s.SiteId, "Treatment room 2");
        Assert.NotNull(room);
        Assert.Contains("Treatment room 2", page.QuerySelector("#rooms")!.TextContent, StringComparison.Ordinal);
        var audit = Assert.Single(await AuditAsync("room", room.Id));
        Assert.Equal(("room.created", rota.Email), (audit.Action, audit.Actor));
        var here = await rota.Client.GetDocumentAsync($"/staff/booking/schedules/{s.ScheduleId}/sessions/new");
        var there = await rota.Client.GetDocumentAsync($"/staff/booking/schedules/{elsewhere.ScheduleId}/sessions/new");
        Assert.Equal("Treatment room 2", here.QuerySelector($"#RoomId option[value='{room.Id}']")?.TextContent);
        Assert.Null(there.QuerySelector($"#RoomId option[value='{room.Id}']"));
    }

    [Theory]
    [InlineData(false, "", "Enter the room's name, like Room 3 or Treatment room")]
    [InlineData(false, "A room with a name far too long to fit on any sign on any door in the practice", "The room's name must be 60 characters or fewer")]
    [InlineData(true, "Room 1", "Select the site the room is at")]
    public async Task Add_BadInput_ErrorAndNothingSaved(bool unknownSite, string name, string error)
    {
        var s = await ScheduleAsync();
        await using var rota = await SignInAsync(Monday);

        var (response, page) = await rota.PostAsync("/staff/booking/rooms", Room(unknownSite ? Guid.NewGuid() : s.SiteId, name));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([error], Errors(page));
        Assert.Equal(0, await RoomCountAsync(s.SiteId));
    }

    [Fact]
    public async Task Add_NameTakenAtTheSite_RefusedButAllowedAtAnotherSite()
    {
        var s = await ScheduleAsync();
        var other = await ScheduleAsync();
        await using var rota = await SignInAsync(Monday);
        await rota.PostAsync("/staff/booking/rooms", Room(s.SiteId, "Room 1"));

        var (_, taken) = await rota.PostAsync("/staff/booking/rooms", Room(s.SiteId, "Room 1"));
        var (elsewhere, _) = await rota.PostAsync("/staff/booking/rooms", Room(other.SiteId, "Room 1"));

        Assert.Equal(["This site already has a room called Room 1: choose a different name"], Errors(taken));
        Assert.Equal(HttpStatusCode.Redirect, elsewhere.StatusCode);
        Assert.Equal((1, 1), (await RoomCountAsync(s.SiteId), await RoomCountAsync(other.SiteId)));
    }

    [Fact]
    public async Task Remove_Unused_RemovedAndAudited()
    {
        var s = await ScheduleAsync();
        await using var rota = await SignInAsync(Monday);
        var (_, page) = await rota.PostAsync("/staff/booking/rooms", Room(s.SiteId, "Room 9"));
        var room = (await FindRoomAsync(s.SiteId, "Room 9"))!;

        var response = await rota.Client.SubmitAsync(page, $"/staff/booking/rooms?handler=remove&roomId={room.Id}", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(await FindRoomAsync(s.SiteId, "Room 9"));
        Assert.Equal(["room.created", "room.removed"], (await AuditAsync("room", room.Id)).Select(a => a.Action));
    }

    [Fact]
    public async Task Remove_UsedByASessionAndItsSlots_RefusedSayingWhich()
    {
        var s = await ScheduleAsync();
        await using var rota = await SignInAsync(Monday);
        await rota.PostAsync("/staff/booking/rooms", Room(s.SiteId, "Room 4"));
        var room = (await FindRoomAsync(s.SiteId, "Room 4"))!;
        var session = Session(s, "1", "09:00", "10:00");
        session["RoomId"] = room.Id.ToString();
        await rota.AddSessionAsync(s, session);
        var page = await rota.Client.GetDocumentAsync("/staff/booking/rooms");

        var response = await rota.Client.SubmitAsync(page, $"/staff/booking/rooms?handler=remove&roomId={room.Id}", new Dictionary<string, string>());
        var refused = await WebTestHelpers.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Room 4 cannot be removed: it is used by the weekly sessions of Rota test and 20 slots. Change or remove those first"], Errors(refused));
        Assert.NotNull(await FindRoomAsync(s.SiteId, "Room 4"));
        Assert.Equal(["room.created"], (await AuditAsync("room", room.Id)).Select(a => a.Action));
    }

    [Fact]
    public async Task Remove_UsedOnlyByASlot_Refused()
    {
        var s = await ScheduleAsync();
        await using var rota = await SignInAsync(Monday);
        var (_, page) = await rota.PostAsync("/staff/booking/rooms", Room(s.SiteId, "Room 5"));
        var room = (await FindRoomAsync(s.SiteId, "Room 5"))!;
        await using (var db = TestData.CreateDb(await TestDatabase.GetAsync()))
        {
            var slot = (await BookingTestData.AddSlotsAsync(db, new BookingTestData.Clinic(s.SiteId, s.PractitionerId, s.Type.Id, s.Type.Code, s.ScheduleId), Monday.AddDays(1), 1))[0];
            await db.BookingSlots.Where(x => x.Id == slot.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.RoomId, room.Id));
        }

        var response = await rota.Client.SubmitAsync(page, $"/staff/booking/rooms?handler=remove&roomId={room.Id}", new Dictionary<string, string>());

        Assert.Equal(["Room 5 cannot be removed: it is used by 1 slot. Change or remove those first"], Errors(await WebTestHelpers.ParseAsync(response)));
        Assert.NotNull(await FindRoomAsync(s.SiteId, "Room 5"));
    }
}

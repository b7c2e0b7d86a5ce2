using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Booking;
using Signpost.Core.Navigation.Requests;
using Signpost.TestCommon;
using Signpost.Web.Tests.Pages.Booking;

namespace Signpost.Web.Tests.Pages.Staff.Booking;

/// <summary>A navigator books from a triaged request: the booking form is filled from its outcome, never for an emergency.</summary>
public class FromRequestTests
{
    private static readonly string[] FormFields = ["RequestId", "Rebook", "PatientName", "NhsNumber", "Phone", "Email", "PracticeCode", "Role", "Modality", "Urgency", "SiteId", "Language"];

    private static async Task<NavigationRequest> TriagedAsync(string practice, string urgency, string destination = "general-practice", string? role = "physiotherapist", string modality = "face-to-face")
    {
        var saved = await NavigationStaffHelpers.SaveRequestAsync(NavigationStaffHelpers.Weekday, "Pain in my lower back for three weeks");
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var request = await db.NavigationRequests.SingleAsync(r => r.Id == saved.Id);
        (request.PracticeOdsCode, request.PreferredLanguage, request.Phone) = (practice, "pl", "07700 900456");
        (request.FinalDestination, request.FinalRole, request.FinalModality, request.FinalUrgency) = (destination, role, modality, urgency);
        await db.SaveChangesAsync();
        return request;
    }

    private static async Task<(SignpostWebFactory Factory, HttpClient Client)> NavigatorAsync()
    {
        var navigator = await TestData.AddStaffUserAsync(await TestDatabase.GetAsync(), StaffRoles.Navigator);
        var factory = await SignpostWebFactory.CreateAsync();
        return (factory, await factory.SignedInClientAsync(navigator.Email));
    }

    private static string? Value(IHtmlDocument page, string name) =>
        page.QuerySelector($"input[name='{name}']")?.GetAttribute("value") ?? page.QuerySelector($"select[name='{name}'] option[selected]")?.GetAttribute("value");

    [Fact]
    public async Task OpenedFromRequest_FilledFromItsOutcome_ViewAudited_BookedWithRequestAndLanguage()
    {
        var (practice, _, slots) = await BookingPageHelpers.PhysioHubAsync(2);
        var request = await TriagedAsync(practice, "soon");
        var (factory, client) = await NavigatorAsync();
        await using var _ = factory;

        var requestPage = await client.GetDocumentAsync($"/staff/requests/{request.Id}");
        var form = await client.GetDocumentAsync(requestPage.QuerySelector("#book-from-request")!.GetAttribute("href")!);

        Assert.Equal(
            (request.Id.ToString(), request.PersonName, "07700 900456", practice, MdtRoles.Physiotherapist, Modalities.FaceToFace, UrgencyTimeFrames.WithinTwoDays, "pl"),
            (Value(form, "Form.RequestId"), Value(form, "Form.PatientName"), Value(form, "Form.Phone"), Value(form, "Form.PracticeCode"), Value(form, "Form.Role"),
                Value(form, "Form.Modality"), Value(form, "Form.Urgency"), Value(form, "Form.Language")));
        await using (var db = TestData.CreateDb(await TestDatabase.GetAsync()))
        {
            Assert.True(await db.AuditLog.AnyAsync(a => a.Action == "navigation-request.viewed-for-booking" && a.EntityId == request.Id.ToString()));
        }

        var fields = FormFields.ToDictionary(f => $"Form.{f}", f => Value(form, $"Form.{f}") ?? "");
        var found = await WebTestHelpers.ParseAsync(await client.SubmitAsync(form, "/staff/booking?handler=find", fields));
        fields["SlotId"] = found.QuerySelector("input[name=SlotId]")!.GetAttribute("value")!;
        fields["IdempotencyKey"] = found.QuerySelector("input[name=IdempotencyKey]")!.GetAttribute("value")!;
        var booked = await client.SubmitAsync(found, "/staff/booking?handler=book", fields);

        Assert.Equal(HttpStatusCode.Redirect, booked.StatusCode);
        await using var after = TestData.CreateDb(await TestDatabase.GetAsync());
        var appointment = await after.Appointments.SingleAsync(a => a.SlotId == slots[0].Id);
        Assert.Equal((request.Id, "pl", request.PersonName), (appointment.RequestId, appointment.Language, appointment.PatientName));
    }

    [Theory]
    [InlineData("emergency", "general-practice", "physiotherapist", "emergency")]
    [InlineData("urgent", "community-pharmacy", null, "another service")]
    [InlineData("routine", "general-practice", "admin-team", "admin team")]
    public async Task OpenedFromRequest_NotForBooking_SaysWhyFillsNothingAndRequestPageHasNoBookButton(string urgency, string destination, string? role, string reason)
    {
        var (practice, _, _) = await BookingPageHelpers.PhysioHubAsync(1);
        var request = await TriagedAsync(practice, urgency, destination, role);
        var (factory, client) = await NavigatorAsync();
        await using var _ = factory;

        var form = await client.GetDocumentAsync($"/staff/booking?request={request.Id}");
        var requestPage = await client.GetDocumentAsync($"/staff/requests/{request.Id}");

        Assert.Contains(reason, form.QuerySelector("#not-bookable")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(("", ""), (Value(form, "Form.PatientName") ?? "", Value(form, "Form.RequestId") ?? ""));
        Assert.Null(requestPage.QuerySelector("#book-from-request"));
    }

    [Fact]
    public async Task OpenedFromAnUnknownRequest_NotFound()
    {
        var (factory, client) = await NavigatorAsync();
        await using var _ = factory;

        var response = await client.GetAsync(new Uri($"/staff/booking?request={Guid.NewGuid()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Find_LanguageNotALanguageCode_ErrorAndNoSlots()
    {
        var (practice, _, _) = await BookingPageHelpers.PhysioHubAsync(1);
        var (factory, client) = await NavigatorAsync();
        await using var _ = factory;
        var fields = BookingPageHelpers.Form(practice);
        fields["Form.Language"] = "<script>";

        var page = await WebTestHelpers.ParseAsync(await client.SubmitAsync(await client.GetDocumentAsync("/staff/booking"), "/staff/booking?handler=find", fields));

        Assert.Contains("not a language code", page.QuerySelector(".nhsuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("input[name=SlotId]"));
    }
}

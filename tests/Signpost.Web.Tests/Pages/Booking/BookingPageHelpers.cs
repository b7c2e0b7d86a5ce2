using AngleSharp.Html.Dom;
using Signpost.Core.Booking;
using Signpost.TestCommon;

namespace Signpost.Web.Tests.Pages.Booking;

/// <summary>Posting forms found on an already fetched page (multi-step journeys without JavaScript).</summary>
public static class BookingPageHelpers
{
    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient client, IHtmlDocument page, string action, IDictionary<string, string> fields)
    {
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("No anti-forgery token on the page.");
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return client.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(values));
    }

    /// <summary>A hub physiotherapist (face to face) with free slots tomorrow, its PCN and a member practice with a site of its own.</summary>
    public static async Task<(string Practice, BookingTestData.Clinic Clinic, List<BookingSlot> Slots)> PhysioHubAsync(int slots = 3)
    {
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var (pcn, practice) = await BookingTestData.AddPcnAsync(db);
        await BookingTestData.AddSiteAsync(db, pcn, practice);
        var start = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(1).AddHours(10), TimeSpan.Zero);
        var (clinic, list) = await BookingTestData.AddClinicWithSlotsAsync(db, start, slots, MdtRoles.Physiotherapist, Modalities.FaceToFace, pcn, practiceCode: null);
        return (practice, clinic, list);
    }

    public static Dictionary<string, string> Form(string practice, string name = "Grace Hopper", string phone = "07700 900982") => new()
    {
        ["Form.PatientName"] = name, ["Form.NhsNumber"] = "943 476 5919", ["Form.Phone"] = phone, ["Form.Email"] = "",
        ["Form.PracticeCode"] = practice, ["Form.Role"] = MdtRoles.Physiotherapist, ["Form.Modality"] = Modalities.FaceToFace,
        ["Form.Urgency"] = UrgencyTimeFrames.WithinTwoWeeks, ["Form.SiteId"] = "", ["Form.RequestId"] = "", ["Form.Rebook"] = "",
    };
}

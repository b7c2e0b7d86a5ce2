using Signpost.Core.Booking;
using Signpost.Core.Booking.FromRequests;
using Signpost.Core.Navigation;
using Signpost.Core.Navigation.Requests;

namespace Signpost.Core.Tests.Booking;

public class RequestBookingTests
{
    private static NavigationRequest Request(string urgency, string destination = "general-practice", string? role = "gp") => new()
    {
        Reference = "R", Channel = "online", PersonName = "A Person", Sex = "female", PreferredLanguage = "en", RequestType = "medical",
        Description = "x", RuleSetVersion = "v1", SuggestedUrgency = urgency, SuggestedDestination = destination, SuggestedRole = role, SuggestedModality = "phone",
    };

    [Fact]
    public void EveryPracticeTeamRoleButTheAdminTeam_HasABookingRole()
    {
        var mapped = Vocabulary.Roles.ToDictionary(r => r, RequestBooking.Role);

        Assert.Equal(["admin-team"], mapped.Where(m => m.Value is null).Select(m => m.Key));
        Assert.All(mapped.Values.OfType<string>(), role => Assert.True(MdtRoles.Names.ContainsKey(role), role));
        Assert.Equal(MdtRoles.Nurse, RequestBooking.Role("advanced-nurse-practitioner"));
    }

    [Theory]
    [InlineData("face-to-face", Modalities.FaceToFace)]
    [InlineData("phone", Modalities.Telephone)]
    [InlineData("video", Modalities.Video)]
    [InlineData("online-message", null)]
    public void Modality_InBookingsWords(string navigation, string? booking) => Assert.Equal(booking, RequestBooking.Modality(navigation));

    [Theory]
    [InlineData("urgent", UrgencyTimeFrames.Today)]
    [InlineData("soon", UrgencyTimeFrames.WithinTwoDays)]
    [InlineData("routine", UrgencyTimeFrames.WithinTwoWeeks)]
    [InlineData("emergency", null)]
    [InlineData("self-care", null)]
    public void TimeFrame_UrgentIsToday_AndAnEmergencyHasNone(string urgency, string? frame) => Assert.Equal(frame, RequestBooking.TimeFrame(urgency));

    [Fact]
    public void WhyNot_Emergency_NeverBookable_EvenWithAPracticeRole()
    {
        var request = Request("routine");
        request.FinalUrgency = "emergency";
        request.FinalDestination = "general-practice";
        request.FinalRole = "gp";

        Assert.Contains("emergency", RequestBooking.WhyNot(request), StringComparison.Ordinal);
    }

    [Fact]
    public void WhyNot_PracticeTeamRoutine_Bookable_OtherServiceOrAdminTeam_Not()
    {
        Assert.Null(RequestBooking.WhyNot(Request("routine")));
        Assert.NotNull(RequestBooking.WhyNot(Request("urgent", "community-pharmacy", null)));
        Assert.NotNull(RequestBooking.WhyNot(Request("routine", role: "admin-team")));
        Assert.NotNull(RequestBooking.WhyNot(Request("self-care", role: "gp")));
    }
}

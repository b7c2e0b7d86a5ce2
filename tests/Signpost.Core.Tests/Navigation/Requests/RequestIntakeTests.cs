using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Navigation.Capacity;
using Signpost.Core.Navigation.Requests;
using Signpost.TestCommon;
using static Signpost.TestCommon.NavigationTestData;

namespace Signpost.Core.Tests.Navigation.Requests;

/// <summary>Controls hazards H2 and H10: one request model for every channel, saved whole or not at all.</summary>
public class RequestIntakeTests
{
    private static async Task<TestDatabase> DatabaseAsync()
    {
        var database = await TestDatabase.GetAsync();
        await database.EnsureReferenceDataAsync();
        return database;
    }

    [Fact]
    public async Task Submit_ValidOnlineRequest_SavedWithAssessmentAuditAndAccessEvent()
    {
        var database = await DatabaseAsync();
        await using var db = TestData.CreateDb(database);
        var clock = new TestClock(London(2026, 11, 24, 10));

        var result = await Intake(db, clock).SubmitAsync(Request() with { PreferredLanguage = "ur", CommunicationNeeds = ["interpreter"] }, AuditActor.Anonymous("10.0.0.1"));

        Assert.True(result.Saved);
        var saved = await db.NavigationRequests.AsNoTracking().SingleAsync(r => r.Id == result.Request!.Id);
        Assert.Equal(("community-pharmacy", "acute-sore-throat", "1.0.0"), (saved.SuggestedDestination, saved.SuggestedPathway, saved.RuleSetVersion));
        Assert.Equal(["interpreter"], saved.CommunicationNeeds);
        Assert.Equal(London(2026, 11, 25, 10), saved.OutcomeDueAt);
        Assert.True(await db.AuditLog.AnyAsync(a => a.EntityId == saved.Id.ToString() && a.Action == "navigation-request.submitted"));
        var access = await db.NavigationAccessEvents.SingleAsync(e => e.RequestId == saved.Id);
        Assert.Equal(("submitted", "ur", "25-34", false), (access.Event, access.Language, access.AgeBand, access.EnteredByStaff));
    }

    [Fact]
    public async Task Submit_MissingFields_ErrorsForEachAndNothingSaved()
    {
        var database = await DatabaseAsync();
        await using var db = TestData.CreateDb(database);
        var name = "Nobody " + Guid.NewGuid();

        var result = await Intake(db, TimeProvider.System).SubmitAsync(
            Request() with { PersonName = name, Sex = null, Description = " ", Phone = null, AgeYears = null }, AuditActor.Anonymous(null));

        Assert.False(result.Saved);
        Assert.Equal(["DateOfBirth", "Description", "Phone", "Sex"], result.Errors.Keys.Order());
        Assert.False(await db.NavigationRequests.AnyAsync(r => r.PersonName == name));
    }

    [Fact]
    public async Task Submit_UnknownPractice_Error()
    {
        var database = await DatabaseAsync();
        await using var db = TestData.CreateDb(database);

        var result = await Intake(db, TimeProvider.System).SubmitAsync(Request(practice: "Z99999"), AuditActor.Anonymous(null));

        Assert.Equal("Select the GP practice they are registered with", result.Errors["PracticeOdsCode"]);
    }

    [Fact]
    public async Task Submit_ChestPainInText_SavedAndFlaggedAsEmergency()
    {
        var database = await DatabaseAsync();
        await using var db = TestData.CreateDb(database);

        var result = await Intake(db, new TestClock(London(2026, 11, 24, 23))).SubmitAsync(Request("I have chest pain"), AuditActor.Anonymous(null));

        Assert.True(result.Saved);
        Assert.True(result.Request!.EmergencyFlagged);
        Assert.Equal(("emergency", "emergency-services"), (result.Request.SuggestedUrgency, result.Request.SuggestedDestination));
    }

    [Fact]
    public async Task Submit_UrgentOnlineOverThePracticeCap_NotTakenNothingSavedButCounted()
    {
        var database = await DatabaseAsync();
        await using var db = TestData.CreateDb(database);
        const string practice = "E81003";
        db.PracticeNavigationSettings.Add(new PracticeNavigationSettings
        {
            PracticeOdsCode = practice, OnlineOpens = new TimeOnly(8, 0), OnlineCloses = new TimeOnly(18, 30), DailyOnlineMedicalCap = 0, UpdatedBy = "test",
        });
        await db.SaveChangesAsync();
        var request = Request("Swollen painful calf since yesterday", practice);

        var result = await Intake(db, new TestClock(London(2031, 3, 4, 11))).SubmitAsync(request, AuditActor.Anonymous(null));

        Assert.False(result.Saved);
        Assert.Equal(OnlineAccess.MedicalClosedMessage, result.NotAcceptedMessage);
        Assert.False(await db.NavigationRequests.AnyAsync(r => r.PersonName == request.PersonName));
        Assert.True(await db.NavigationAccessEvents.AnyAsync(e => e.Event == "not-accepted" && e.PracticeOdsCode == practice && e.Urgency == "urgent"));
    }

    [Fact]
    public async Task Submit_StaffPhoneRequestOnSunday_AlwaysAcceptedAndMarked()
    {
        var database = await DatabaseAsync();
        await using var db = TestData.CreateDb(database);
        var request = Request("Fit note please") with { Channel = "phone", EnteredBy = "navigator@test.nhs.uk", RequestType = "fit-note", Phone = null, PracticeOdsCode = null };

        var result = await Intake(db, new TestClock(London(2026, 11, 22, 15))).SubmitAsync(request, AuditActor.User("navigator@test.nhs.uk", null));

        Assert.True(result.Saved);
        Assert.Equal(("phone", "navigator@test.nhs.uk"), (result.Request!.Channel, result.Request.EnteredBy));
        Assert.True(await db.NavigationAccessEvents.AnyAsync(e => e.RequestId == result.Request.Id && e.EnteredByStaff));
    }

    [Fact]
    public async Task Submit_StaffMarkedAsOnline_Refused()
    {
        var database = await DatabaseAsync();
        await using var db = TestData.CreateDb(database);

        var result = await Intake(db, TimeProvider.System).SubmitAsync(Request() with { EnteredBy = "navigator@test.nhs.uk" }, AuditActor.System);

        Assert.Equal("A request entered by staff must be a phone or walk-in request", result.Errors["Channel"]);
    }

    [Theory]
    [InlineData("2026-05-24", 0.5)]
    [InlineData("1950-11-25", 75)]
    [InlineData("1950-11-24", 76)]
    public void AgeOn_DateOfBirth_YearsOrPartsOfAYearForBabies(string born, double expected)
    {
        Assert.Equal((decimal)expected, RequestIntake.AgeOn(DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2026, 11, 24)));
    }
}

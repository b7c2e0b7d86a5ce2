using Signpost.Core.Navigation.Capacity;
using static Signpost.TestCommon.NavigationTestData;

namespace Signpost.Core.Tests.Navigation.Capacity;

public class OnlineAccessTests
{
    private static readonly OnlineAccess Access = new(Calendar);
    private static readonly DateTimeOffset TuesdayNoon = London(2026, 11, 24, 12);
    private static readonly DateTimeOffset TuesdayNight = London(2026, 11, 24, 21);

    private static PracticeNavigationSettings Settings(int? cap, int opens = 8, int closes = 18) =>
        new() { PracticeOdsCode = Practice, OnlineOpens = new TimeOnly(opens, 0), OnlineCloses = new TimeOnly(closes, 0), DailyOnlineMedicalCap = cap, UpdatedBy = "test" };

    private static bool Accepted(string type, string urgency, PracticeNavigationSettings? settings, int today, DateTimeOffset now, bool staff = false) =>
        Access.Decide(new AccessQuestion(staff, type, urgency, settings, today, now)).Accepted;

    [Fact]
    public void Decide_UrgentMedicalOverTheCap_Refused()
    {
        Assert.False(Accepted("medical", "urgent", Settings(cap: 10), today: 10, TuesdayNoon));
    }

    [Fact]
    public void Decide_UrgentMedicalUnderTheCap_Accepted()
    {
        Assert.True(Accepted("medical", "urgent", Settings(cap: 10), today: 9, TuesdayNoon));
    }

    [Fact]
    public void Decide_NonUrgentMedicalOverTheCapInCoreHours_StaysOpen()
    {
        Assert.True(Accepted("medical", "routine", Settings(cap: 0), today: 50, TuesdayNoon));
    }

    [Fact]
    public void Decide_AdminInCoreHours_OpenEvenWhenThePracticeClosedItsMedicalRoute()
    {
        Assert.True(Accepted("repeat-prescription", "routine", Settings(cap: 0, opens: 9, closes: 10), today: 99, TuesdayNoon));
    }

    [Fact]
    public void Decide_AdminAtNight_Refused()
    {
        Assert.False(Accepted("fit-note", "routine", null, today: 0, TuesdayNight));
    }

    [Fact]
    public void Decide_MedicalAtNightWhenThePracticeOpensLate_Accepted()
    {
        Assert.True(Accepted("medical", "soon", Settings(cap: null, opens: 7, closes: 22), today: 0, TuesdayNight));
    }

    [Fact]
    public void Decide_StaffEnteredAtNightOverTheCap_AlwaysAccepted()
    {
        Assert.True(Accepted("medical", "urgent", Settings(cap: 0), today: 100, TuesdayNight, staff: true));
    }

    [Fact]
    public void Decide_EmergencyAtNight_AlwaysRecorded()
    {
        Assert.True(Accepted("medical", "emergency", Settings(cap: 0), today: 100, TuesdayNight));
    }

    [Fact]
    public void StartOfToday_AfterTheSpringClockChange_LondonMidnight()
    {
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 0, 0, 0, TimeSpan.Zero), Access.StartOfToday(London(2026, 3, 29, 12)));
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 23, 0, 0, TimeSpan.Zero), Access.StartOfToday(London(2026, 3, 30, 12)));
    }
}

using Signpost.TestCommon;
using static Signpost.TestCommon.NavigationTestData;

namespace Signpost.Core.Tests.Navigation.Capacity;

/// <summary>Controls hazard H5: the one-working-day deadline is right across weekends, bank holidays and clock changes.</summary>
public class WorkingCalendarTests
{
    [Fact]
    public void OutcomeDue_FridayBeforeSpringClockChange_MondaySameLondonTime()
    {
        var due = Calendar.OutcomeDue(London(2026, 3, 27, 10));

        Assert.Equal(new DateTimeOffset(2026, 3, 30, 9, 0, 0, TimeSpan.Zero), due); // 10:00 BST
    }

    [Fact]
    public void OutcomeDue_FridayBeforeAutumnClockChange_MondaySameLondonTime()
    {
        var due = Calendar.OutcomeDue(London(2026, 10, 23, 10));

        Assert.Equal(new DateTimeOffset(2026, 10, 26, 10, 0, 0, TimeSpan.Zero), due); // 10:00 GMT
    }

    [Fact]
    public void OutcomeDue_ThursdayBeforeEaster_TuesdayAfterTheBankHolidays()
    {
        var due = Calendar.OutcomeDue(London(2026, 4, 2, 14, 30));

        Assert.Equal(London(2026, 4, 7, 14, 30), due);
    }

    [Theory]
    [InlineData(2026, 11, 20, 20, 0)] // Friday evening
    [InlineData(2026, 11, 21, 11, 0)] // Saturday
    [InlineData(2026, 11, 23, 6, 30)] // Monday before opening
    public void OutcomeDue_OutsideCoreHours_CloseOfTheNextWorkingDay(int y, int m, int d, int h, int min)
    {
        var due = Calendar.OutcomeDue(London(y, m, d, h, min));

        Assert.Equal(London(2026, 11, 23, 18, 30), due);
    }

    [Theory]
    [InlineData(8, 0, true)]
    [InlineData(18, 29, true)]
    [InlineData(18, 30, false)]
    [InlineData(7, 59, false)]
    public void IsCoreHours_Boundaries(int hour, int minute, bool expected)
    {
        Assert.Equal(expected, Calendar.IsCoreHours(London(2026, 11, 24, hour, minute)));
    }

    [Fact]
    public void IsCoreHours_BankHoliday_False()
    {
        Assert.False(Calendar.IsCoreHours(London(2026, 12, 28, 10)));
    }

    [Fact]
    public void ShippedCalendar_KnowsBankHolidaysForAtLeastAYearAhead()
    {
        Assert.True(Calendar.LastKnownHoliday >= DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1).AddMonths(-1),
            "data/navigation/working-days.json needs next year's bank holidays");
    }
}

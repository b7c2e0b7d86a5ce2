using Signpost.Core.ServiceDirectory;
using Signpost.Core.ServiceDirectory.Hours;

namespace Signpost.Core.Tests.ServiceDirectory.Hours;

public class OpeningTimesTests
{
    private static readonly Dictionary<DateOnly, string> Holidays = new() { [new DateOnly(2026, 5, 25)] = "Spring bank holiday" };

    private static OpeningBand Band(short day, string opens, string closes) =>
        new() { Day = day, OpensMinute = TimeText.ParseClock(opens)!.Value, ClosesMinute = TimeText.ParseClock(closes)!.Value };

    private static OpeningTimes WeekdaysWithLunch(params DatedHours[] exceptions) => new(
        [Band(1, "08:30", "13:00"), Band(1, "14:00", "18:30"), Band(2, "08:30", "13:00"), Band(2, "14:00", "18:30")], exceptions, Holidays);

    [Fact]
    public void StateAt_InsideSecondBand_OpenUntilItsEnd()
    {
        var state = WeekdaysWithLunch().StateAt(new DateTime(2026, 5, 18, 15, 0, 0));

        Assert.True(state.IsOpen);
        Assert.Equal(new DateTime(2026, 5, 18, 18, 30, 0), state.Until);
    }

    [Fact]
    public void StateAt_LunchGap_ClosedAndOpensAt2pm()
    {
        var state = WeekdaysWithLunch().StateAt(new DateTime(2026, 5, 18, 13, 30, 0));

        Assert.False(state.IsOpen);
        Assert.Equal(new DateTime(2026, 5, 18, 14, 0, 0), state.NextOpens);
    }

    [Fact]
    public void StateAt_BankHolidayMondayWithoutBankHolidayHours_ClosedUntilTuesday()
    {
        var state = WeekdaysWithLunch().StateAt(new DateTime(2026, 5, 25, 10, 0, 0));

        Assert.False(state.IsOpen);
        Assert.Equal(new DateTime(2026, 5, 26, 8, 30, 0), state.NextOpens);
    }

    [Fact]
    public void On_BankHolidayWithBankHolidayBands_UsesThem()
    {
        var times = new OpeningTimes([Band(1, "09:00", "17:00"), Band(OpeningBand.BankHolidays, "10:00", "14:00")], [], Holidays);

        Assert.Equal([new TimeBand(600, 840)], times.On(new DateOnly(2026, 5, 25)));
    }

    [Fact]
    public void On_DatedException_ReplacesTheUsualHours()
    {
        var times = WeekdaysWithLunch(new DatedHours { OnDate = new DateOnly(2026, 5, 19), OpensMinute = 600, ClosesMinute = 720 });

        Assert.Equal([new TimeBand(600, 720)], times.On(new DateOnly(2026, 5, 19)));
        Assert.False(times.IsOpenAt(new DateTime(2026, 5, 19, 15, 0, 0)));
    }

    [Fact]
    public void On_ClosedException_ClosedAllDay()
    {
        var times = WeekdaysWithLunch(new DatedHours { OnDate = new DateOnly(2026, 5, 18) });

        Assert.Empty(times.On(new DateOnly(2026, 5, 18)));
    }

    [Fact]
    public void StateAt_RoundTheClock_OpenWithNoClosingTime()
    {
        var times = new OpeningTimes(Enumerable.Range(0, 8).Select(d => Band((short)d, "00:00", "24:00")), [], Holidays);

        var state = times.StateAt(new DateTime(2026, 5, 25, 3, 0, 0));

        Assert.True(state.IsOpen);
        Assert.Null(state.Until);
    }

    [Fact]
    public void StateAt_NoHours_Unknown()
    {
        Assert.False(new OpeningTimes([], [], Holidays).StateAt(new DateTime(2026, 5, 18, 10, 0, 0)).IsKnown);
    }

    [Theory]
    [InlineData("2026-03-29T07:30:00Z", true)]  // last Sunday of March: 08:30 BST, after the clocks go forward
    [InlineData("2026-03-29T06:30:00Z", false)] // 07:30 BST
    [InlineData("2026-10-25T08:30:00Z", true)]  // last Sunday of October: 08:30 GMT, after the clocks go back
    [InlineData("2026-10-25T07:30:00Z", false)] // 07:30 GMT
    public void IsOpenAt_ClockChangeSundays_UsesLondonLocalTime(string instant, bool open)
    {
        var times = new OpeningTimes([Band(7, "08:00", "12:00")], [], Holidays);

        Assert.Equal(open, times.IsOpenAt(LondonTime.ToLocal(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture))));
    }
}

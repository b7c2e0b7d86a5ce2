using Signpost.Core.Time;
using Signpost.Core.Booking;

namespace Signpost.Core.Tests.Booking;

public class UkTimeTests
{
    [Theory]
    [InlineData("2026-03-30T08:00:00Z", "Monday 30 March 2026 at 9am (UK time)")]
    [InlineData("2026-03-28T09:30:00Z", "Saturday 28 March 2026 at 9:30am (UK time)")]
    [InlineData("2026-10-26T14:05:00Z", "Monday 26 October 2026 at 2:05pm (UK time)")]
    public void Describe_Instant_UkWallClockInWords(string instant, string expected)
    {
        Assert.Equal(expected, UkTime.Describe(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void ToInstant_TimeInSpringGap_MovesForwardByTheGap()
    {
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), UkTime.ToInstant(new DateOnly(2026, 3, 29), new TimeOnly(1, 30)));
    }

    [Fact]
    public void ToInstant_RepeatedAutumnHour_FirstOrSecondOccurrence()
    {
        var day = new DateOnly(2026, 10, 25);

        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), UkTime.ToInstant(day, new TimeOnly(1, 30)));
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 1, 30, 0, TimeSpan.Zero), UkTime.ToInstant(day, new TimeOnly(1, 30), laterIfAmbiguous: true));
    }
}

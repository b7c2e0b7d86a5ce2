using Signpost.Core.ServiceDirectory.Hours;

namespace Signpost.Core.Tests.ServiceDirectory.Hours;

public class TimeTextTests
{
    [Theory]
    [InlineData(480, "8am")]
    [InlineData(1110, "6:30pm")]
    [InlineData(720, "midday")]
    [InlineData(1440, "midnight")]
    [InlineData(0, "midnight")]
    [InlineData(750, "12:30pm")]
    public void Format_Minutes_NhsStyle(int minutes, string expected) => Assert.Equal(expected, TimeText.Format(minutes));

    [Theory]
    [InlineData("08:00", 480)]
    [InlineData("8.30", 510)]
    [InlineData("24:00", 1440)]
    [InlineData("24:30", null)]
    [InlineData("7:60", null)]
    [InlineData("eight", null)]
    public void ParseClock_Text_MinutesOrNull(string text, int? expected) => Assert.Equal(expected, TimeText.ParseClock(text));
}

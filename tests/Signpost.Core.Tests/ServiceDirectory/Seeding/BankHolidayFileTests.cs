using Signpost.Core.ServiceDirectory.Seeding;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.ServiceDirectory.Seeding;

/// <summary>Checks the shipped bank holidays against the rules for England and Wales, year by year.</summary>
public class BankHolidayFileTests
{
    public static TheoryData<int> Years => new(2024, 2025, 2026, 2027, 2028);

    [Theory]
    [MemberData(nameof(Years))]
    public void BankHolidays_EachYear_MatchTheStatutoryPattern(int year)
    {
        var shipped = DirectoryContentFiles.BankHolidays(RepositoryPaths.Data("directory")).Where(h => h.OnDate.Year == year).Select(h => h.OnDate).Order();

        Assert.Equal(Expected(year).Order(), shipped);
    }

    private static List<DateOnly> Expected(int year)
    {
        var easter = EasterSunday(year);
        var christmas = new DateOnly(year, 12, 25);
        var boxing = new DateOnly(year, 12, 26);
        var christmasObserved = christmas.DayOfWeek switch { DayOfWeek.Saturday => christmas.AddDays(2), DayOfWeek.Sunday => christmas.AddDays(2), _ => christmas };
        var boxingObserved = boxing.DayOfWeek switch { DayOfWeek.Saturday => boxing.AddDays(2), DayOfWeek.Sunday => boxing.AddDays(2), _ => boxing };
        if (boxingObserved == christmasObserved) boxingObserved = boxingObserved.AddDays(1);
        return
        [
            NextWeekday(new DateOnly(year, 1, 1)), easter.AddDays(-2), easter.AddDays(1), FirstMonday(year, 5), LastMonday(year, 5),
            LastMonday(year, 8), christmasObserved, boxingObserved,
        ];
    }

    private static DateOnly NextWeekday(DateOnly d) => d.DayOfWeek switch { DayOfWeek.Saturday => d.AddDays(2), DayOfWeek.Sunday => d.AddDays(1), _ => d };

    private static DateOnly FirstMonday(int year, int month)
    {
        var d = new DateOnly(year, month, 1);
        while (d.DayOfWeek != DayOfWeek.Monday) d = d.AddDays(1);
        return d;
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var d = new DateOnly(year, month, 1).AddMonths(1).AddDays(-1);
        while (d.DayOfWeek != DayOfWeek.Monday) d = d.AddDays(-1);
        return d;
    }

    /// <summary>The anonymous Gregorian algorithm (Meeus/Jones/Butcher).</summary>
    private static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        return new DateOnly(year, (h + l - 7 * m + 114) / 31, (h + l - 7 * m + 114) % 31 + 1);
    }
}

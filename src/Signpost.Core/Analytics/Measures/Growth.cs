using System.Globalization;
using Signpost.Core.Analytics.Gpad;

namespace Signpost.Core.Analytics.Measures;

/// <summary>
/// Period-on-period growth: each calendar year, financial year (April to March) and quarter that lies inside the
/// range, against the same period a year before. A period is compared only when every month of both periods has
/// figures; a partial year is never compared with a whole one.
/// </summary>
public static class Growth
{
    public static IReadOnlyList<GrowthFigure> Compute(IReadOnlyList<MonthFigures> months, DateOnly from, DateOnly to)
    {
        var byMonth = months.ToDictionary(m => m.Month);
        var figures = new List<GrowthFigure>();
        for (var year = from.Year; year <= to.Year; year++)
        {
            Add(figures, byMonth, GrowthFigure.CalendarYear, new DateOnly(year, 1, 1), 12, from, to, d => d.Year.ToString(CultureInfo.InvariantCulture));
        }
        for (var year = from.Year - 1; year <= to.Year; year++)
        {
            Add(figures, byMonth, GrowthFigure.FinancialYear, new DateOnly(year, 4, 1), 12, from, to, d => $"{d.Year}/{(d.Year + 1) % 100:00}");
        }
        for (var start = new DateOnly(from.Year, 1, 1); start <= to; start = start.AddMonths(3))
        {
            Add(figures, byMonth, GrowthFigure.Quarter, start, 3, from, to,
                d => $"{d.ToString("MMM", CultureInfo.InvariantCulture)}–{d.AddMonths(2).ToString("MMM yyyy", CultureInfo.InvariantCulture)}");
        }
        return figures;
    }

    private static void Add(List<GrowthFigure> figures, Dictionary<DateOnly, MonthFigures> byMonth, string kind, DateOnly start, int length,
        DateOnly from, DateOnly to, Func<DateOnly, string> label)
    {
        if (start < from || start.AddMonths(length - 1) > to) return;
        var current = Totals(byMonth, start, length);
        var previous = Totals(byMonth, start.AddYears(-1), length);
        if (current is null || previous is null) return;
        figures.Add(new GrowthFigure(kind, label(start), label(start.AddYears(-1)), current.Value.All, previous.Value.All,
            current.Value.SameDay, previous.Value.SameDay));
    }

    private static (long All, long SameDay)? Totals(Dictionary<DateOnly, MonthFigures> byMonth, DateOnly start, int length)
    {
        long all = 0, sameDay = 0;
        for (var i = 0; i < length; i++)
        {
            if (!byMonth.TryGetValue(start.AddMonths(i), out var month)) return null;
            all += month.Appointments;
            sameDay += month.ByTimeBetween[GpadCodes.SameDayCode];
        }
        return (all, sameDay);
    }
}

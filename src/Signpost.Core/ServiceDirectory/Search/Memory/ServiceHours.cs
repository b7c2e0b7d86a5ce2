namespace Signpost.Core.ServiceDirectory.Search.Memory;

/// <summary>
/// A service's opening hours in memory: the bands (for "open until") and the same minutes of the week that
/// directory_search_entries stores (for "open at"). Services with identical hours share one instance.
/// </summary>
public sealed class ServiceHours
{
    public static readonly ServiceHours None = new([], []);

    private readonly (int From, int To)[] week;
    private readonly (int From, int To)[] bankHoliday;

    public ServiceHours(IReadOnlyList<OpeningBand> bands, IReadOnlyList<DatedHours> exceptions)
    {
        Bands = bands;
        Exceptions = exceptions.OrderBy(x => x.OnDate).ToList();
        week = bands.Where(b => b.Day > 0).Select(b => ((b.Day - 1) * 1440 + b.OpensMinute, (b.Day - 1) * 1440 + b.ClosesMinute)).ToArray();
        bankHoliday = bands.Where(b => b.Day == OpeningBand.BankHolidays).Select(b => (b.OpensMinute, b.ClosesMinute)).ToArray();
    }

    public IReadOnlyList<OpeningBand> Bands { get; }

    /// <summary>Dated changes, earliest first.</summary>
    public IReadOnlyList<DatedHours> Exceptions { get; }

    /// <summary>A key equal for equal hours, to share one instance between services.</summary>
    public static string Key(IEnumerable<OpeningBand> bands, IEnumerable<DatedHours> exceptions) => string.Join(";",
        bands.OrderBy(b => b.Day).ThenBy(b => b.OpensMinute).Select(b => $"{b.Day}:{b.OpensMinute}-{b.ClosesMinute}")
            .Concat(exceptions.OrderBy(x => x.OnDate).ThenBy(x => x.OpensMinute).Select(x => $"{x.OnDate:yyyyMMdd}:{x.OpensMinute}-{x.ClosesMinute}")));

    /// <summary>
    /// Open at a local date and minute: that date's changes if it has any, else the bank-holiday or weekly hours
    /// (the same rule as the SQL search).
    /// </summary>
    public bool IsOpenAt(DateOnly date, int minute, int weekMinute, bool isBankHoliday)
    {
        var onDate = false;
        foreach (var x in Exceptions)
        {
            if (x.OnDate != date) continue;
            onDate = true;
            if (x.OpensMinute <= minute && x.ClosesMinute > minute) return true;
        }
        if (onDate) return false;
        return isBankHoliday ? Contains(bankHoliday, minute) : Contains(week, weekMinute);
    }

    /// <summary>The changes from a date for the next eight days, as a hit carries them.</summary>
    public IReadOnlyList<DatedHours> ExceptionsFrom(DateOnly today)
    {
        var until = today.AddDays(8);
        List<DatedHours>? list = null;
        foreach (var x in Exceptions)
        {
            if (x.OnDate >= today && x.OnDate < until) (list ??= []).Add(x);
        }
        return list ?? (IReadOnlyList<DatedHours>)[];
    }

    private static bool Contains((int From, int To)[] ranges, int value)
    {
        foreach (var (from, to) in ranges)
        {
            if (from <= value && value < to) return true;
        }
        return false;
    }
}

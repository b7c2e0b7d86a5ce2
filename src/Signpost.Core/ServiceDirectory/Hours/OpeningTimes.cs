namespace Signpost.Core.ServiceDirectory.Hours;

/// <summary>
/// A service's opening hours on real dates: a dated exception replaces the day's hours, otherwise bank holidays
/// use the bank-holiday bands (none = closed), otherwise the weekday's bands. All in Europe/London local time.
/// </summary>
public sealed class OpeningTimes
{
    private const int LookAheadDays = 8;
    private readonly ILookup<short, TimeBand> weekly;
    private readonly ILookup<DateOnly, DatedHours> exceptions;
    private readonly IReadOnlyDictionary<DateOnly, string> bankHolidays;

    public OpeningTimes(IEnumerable<OpeningBand> bands, IEnumerable<DatedHours> exceptions, IReadOnlyDictionary<DateOnly, string> bankHolidays)
    {
        weekly = bands.OrderBy(b => b.OpensMinute).ToLookup(b => b.Day, b => new TimeBand(b.OpensMinute, b.ClosesMinute));
        this.exceptions = exceptions.ToLookup(e => e.OnDate);
        this.bankHolidays = bankHolidays;
    }

    public bool IsKnown => weekly.Count > 0 || exceptions.Count > 0;

    public IEnumerable<TimeBand> Weekly(short day) => weekly[day];

    public string? BankHolidayName(DateOnly date) => bankHolidays.GetValueOrDefault(date);

    public IReadOnlyList<DatedHours> ExceptionsOn(DateOnly date) => exceptions[date].ToList();

    /// <summary>The bands that apply on a date, earliest first.</summary>
    public IReadOnlyList<TimeBand> On(DateOnly date)
    {
        if (exceptions.Contains(date))
        {
            return exceptions[date].Where(e => !e.IsClosed).Select(e => new TimeBand(e.OpensMinute!.Value, e.ClosesMinute!.Value))
                .OrderBy(b => b.OpensMinute).ToList();
        }
        var day = bankHolidays.ContainsKey(date) ? OpeningBand.BankHolidays : LondonTime.IsoDay(date);
        return weekly[day].ToList();
    }

    public bool IsOpenAt(DateTime local) => On(DateOnly.FromDateTime(local)).Any(b => b.Contains(LondonTime.MinuteOfDay(local)));

    public OpenState StateAt(DateTime local)
    {
        if (!IsKnown) return OpenState.Unknown;
        var date = DateOnly.FromDateTime(local);
        var minute = LondonTime.MinuteOfDay(local);
        var current = On(date).FirstOrDefault(b => b.Contains(minute));
        return current == default
            ? new OpenState(true, false, null, NextOpening(date, minute))
            : new OpenState(true, true, ClosingTime(date, current), null);
    }

    /// <summary>When the open spell that includes this band ends, following bands that run on past midnight.</summary>
    private DateTime? ClosingTime(DateOnly date, TimeBand band)
    {
        for (var i = 0; i < LookAheadDays; i++)
        {
            if (band.ClosesMinute < 1440) return date.ToDateTime(TimeOnly.MinValue).AddMinutes(band.ClosesMinute);
            date = date.AddDays(1);
            band = On(date).FirstOrDefault(b => b.OpensMinute == 0);
            if (band == default) return date.ToDateTime(TimeOnly.MinValue);
        }
        return null; // open round the clock
    }

    private DateTime? NextOpening(DateOnly date, int afterMinute)
    {
        for (var i = 0; i < LookAheadDays; i++)
        {
            var next = On(date.AddDays(i)).FirstOrDefault(b => i > 0 || b.OpensMinute > afterMinute);
            if (next != default) return date.AddDays(i).ToDateTime(TimeOnly.MinValue).AddMinutes(next.OpensMinute);
        }
        return null;
    }
}

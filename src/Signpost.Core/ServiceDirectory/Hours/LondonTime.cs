namespace Signpost.Core.ServiceDirectory.Hours;

/// <summary>Opening hours are rules in Europe/London local time; instants are converted here and nowhere else.</summary>
public static class LondonTime
{
    public static TimeZoneInfo Zone => Signpost.Core.Time.UkTime.London;

    public static DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToLocal(clock.GetUtcNow()));

    /// <summary>ISO day number: 1 = Monday … 7 = Sunday.</summary>
    public static short IsoDay(DateOnly date) => (short)(date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek);

    public static int MinuteOfDay(DateTime local) => local.Hour * 60 + local.Minute;
}

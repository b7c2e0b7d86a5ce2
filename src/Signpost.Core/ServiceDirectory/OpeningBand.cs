namespace Signpost.Core.ServiceDirectory;

/// <summary>
/// One band of weekly opening hours in Europe/London local time. <see cref="Day"/> is 1 (Monday) to 7 (Sunday),
/// or <see cref="BankHolidays"/> (0) for the hours on bank holidays. Minutes count from local midnight.
/// </summary>
public class OpeningBand
{
    public const short BankHolidays = 0;

    public long Id { get; set; }
    public Guid ServiceId { get; set; }
    public short Day { get; set; }
    public int OpensMinute { get; set; }
    public int ClosesMinute { get; set; }
}

namespace Signpost.Core.Booking;

public class CancellationReason
{
    public required string Code { get; set; }
    public required string Display { get; set; }
    public int SortOrder { get; set; }
}

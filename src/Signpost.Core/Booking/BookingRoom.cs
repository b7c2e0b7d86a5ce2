namespace Signpost.Core.Booking;

public class BookingRoom
{
    public Guid Id { get; set; }
    public Guid SiteId { get; set; }
    public required string Name { get; set; }
}

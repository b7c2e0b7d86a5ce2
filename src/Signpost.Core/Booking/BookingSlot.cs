namespace Signpost.Core.Booking;

/// <summary>A bookable period generated from a schedule's patterns. Instants are UTC.</summary>
public class BookingSlot
{
    public Guid Id { get; set; }
    public Guid ScheduleId { get; set; }
    public Guid SiteId { get; set; }
    public Guid AppointmentTypeId { get; set; }
    public Guid? RoomId { get; set; }
    public DateTimeOffset StartAt { get; set; }
    public DateTimeOffset EndAt { get; set; }

    /// <summary>The Europe/London date of <see cref="StartAt"/>.</summary>
    public DateOnly LocalDate { get; set; }

    /// <summary>free, busy (booked) or busy-unavailable (taken out).</summary>
    public required string Status { get; set; }
    public Guid? HoldId { get; set; }
    public DateTimeOffset? HeldUntil { get; set; }
    public int Version { get; set; }
}

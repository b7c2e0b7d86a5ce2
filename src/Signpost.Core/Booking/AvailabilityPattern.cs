namespace Signpost.Core.Booking;

/// <summary>A weekly session in Europe/London wall-clock time, split into slots of the appointment type's length.</summary>
public class AvailabilityPattern
{
    public Guid Id { get; set; }
    public Guid ScheduleId { get; set; }

    /// <summary>ISO weekday: 1 = Monday … 7 = Sunday.</summary>
    public short Weekday { get; set; }
    public TimeOnly StartTime { get; set; }
    public TimeOnly EndTime { get; set; }
    public Guid AppointmentTypeId { get; set; }
    public Guid? RoomId { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidUntil { get; set; }
}

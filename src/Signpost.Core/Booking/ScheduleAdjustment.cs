namespace Signpost.Core.Booking;

/// <summary>
/// A dated change to a schedule: <see cref="ScheduleAdjustmentKinds.Unavailable"/> takes time out (the whole day
/// when no times are given); <see cref="ScheduleAdjustmentKinds.ExtraSession"/> adds a session.
/// </summary>
public class ScheduleAdjustment
{
    public Guid Id { get; set; }
    public Guid ScheduleId { get; set; }
    public DateOnly OnDate { get; set; }
    public required string Kind { get; set; }
    public TimeOnly? StartTime { get; set; }
    public TimeOnly? EndTime { get; set; }
    public Guid? AppointmentTypeId { get; set; }
    public Guid? RoomId { get; set; }
    public string? Reason { get; set; }
}

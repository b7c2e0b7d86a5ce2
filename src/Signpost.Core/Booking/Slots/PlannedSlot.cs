namespace Signpost.Core.Booking.Slots;

public sealed record PlannedSlot(Guid ScheduleId, DateTimeOffset StartAt, DateTimeOffset EndAt, DateOnly LocalDate, Guid AppointmentTypeId, Guid? RoomId);

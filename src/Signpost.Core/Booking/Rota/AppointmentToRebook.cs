namespace Signpost.Core.Booking.Rota;

/// <summary>A booked appointment ahead whose time the schedule no longer offers (no personal data: staff open the appointment to rebook it).</summary>
public sealed record AppointmentToRebook(Guid AppointmentId, Guid ScheduleId, DateTimeOffset StartAt);

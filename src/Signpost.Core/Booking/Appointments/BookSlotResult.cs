namespace Signpost.Core.Booking.Appointments;

/// <param name="Appointment">The booking (also on a replay).</param>
/// <param name="ManageToken">The token of the link to view or cancel the booking (only on a fresh booking).</param>
/// <param name="Problem">Why it failed, in words a person can read.</param>
public sealed record BookSlotResult(BookingOutcome Outcome, AppointmentView? Appointment = null, string? ManageToken = null, string? Problem = null)
{
    public bool Succeeded => Outcome is BookingOutcome.Booked or BookingOutcome.Replayed;
}

using Npgsql;
using Signpost.Core.Time;

namespace Signpost.Core.Booking.Appointments;

/// <summary>
/// What <c>booking_book_slot</c> answered (<see cref="BookingSql.Book"/>): whether it booked; for a loser, the slot's
/// state and its type's rules as they were, and the appointment its idempotency key already booked, if any.
/// </summary>
internal sealed record SlotClaim(bool Booked, string? Status, bool Held, DateTimeOffset? StartAt, DateOnly? Day,
    int MinimumNoticeMinutes, int BookingWindowDays, bool SameDay, Guid? KeyAppointment, Guid? KeySlot)
{
    public static SlotClaim Read(NpgsqlDataReader r) => new(
        r.GetBoolean(0), r.IsDBNull(1) ? null : r.GetString(1), !r.IsDBNull(2),
        r.IsDBNull(3) ? null : r.GetFieldValue<DateTimeOffset>(3), r.IsDBNull(4) ? null : r.GetFieldValue<DateOnly>(4),
        r.IsDBNull(5) ? 0 : r.GetInt32(5), r.IsDBNull(6) ? 0 : r.GetInt32(6), !r.IsDBNull(7) && r.GetBoolean(7),
        r.IsDBNull(8) ? null : r.GetGuid(8), r.IsDBNull(9) ? null : r.GetGuid(9));

    /// <summary>Why the slot could not be booked, from its state and rules.</summary>
    public BookSlotResult Diagnose(DateTimeOffset now)
    {
        if (Status is null) return new BookSlotResult(BookingOutcome.SlotNotFound, Problem: "There is no such slot.");
        if (Status == "busy" || Held) return new BookSlotResult(BookingOutcome.SlotTaken, Problem: "That time has just been booked by someone else.");
        if (Status != "free") return new BookSlotResult(BookingOutcome.NotBookable, Problem: "That time is no longer available.");
        var today = UkTime.DateOf(now);
        if (StartAt < now.AddMinutes(MinimumNoticeMinutes)) return new BookSlotResult(BookingOutcome.NotBookable, Problem: "That time is too soon to book.");
        if (SameDay && Day != today) return new BookSlotResult(BookingOutcome.NotBookable, Problem: "That appointment can only be booked on the day.");
        return new BookSlotResult(BookingOutcome.NotBookable, Problem: Day > today.AddDays(BookingWindowDays) ? "That time is too far ahead to book yet." : "That time cannot be booked.");
    }
}

namespace Signpost.Core.Booking;

/// <summary>FHIR R4 appointment statuses, and which of them hold the slot.</summary>
public static class AppointmentStatuses
{
    public const string Proposed = "proposed";
    public const string Pending = "pending";
    public const string Booked = "booked";
    public const string Arrived = "arrived";
    public const string Fulfilled = "fulfilled";
    public const string Cancelled = "cancelled";
    public const string NoShow = "noshow";
    public const string EnteredInError = "entered-in-error";
    public const string CheckedIn = "checked-in";
    public const string Waitlist = "waitlist";

    public static readonly IReadOnlyList<string> All =
        [Proposed, Pending, Booked, Arrived, Fulfilled, Cancelled, NoShow, EnteredInError, CheckedIn, Waitlist];

    /// <summary>The statuses that occupy the slot (the database's one-live-booking-per-slot index uses the same list).</summary>
    public static readonly IReadOnlyList<string> HoldSlot = [Pending, Booked, Arrived, CheckedIn, Fulfilled, NoShow];

    /// <summary>The changes staff and API clients may make: from → allowed targets.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Transitions = new Dictionary<string, string[]>
    {
        [Pending] = [Booked, Cancelled, EnteredInError],
        [Booked] = [Arrived, CheckedIn, Fulfilled, NoShow, Cancelled, EnteredInError],
        [CheckedIn] = [Arrived, Fulfilled, NoShow, EnteredInError],
        [Arrived] = [Fulfilled, EnteredInError],
        [Fulfilled] = [EnteredInError],
        [NoShow] = [Booked, EnteredInError],
    };

    public static bool CanChange(string from, string to) => Transitions.TryGetValue(from, out var targets) && targets.Contains(to);

    /// <summary>True when the change frees the slot for someone else.</summary>
    public static bool FreesSlot(string to) => to is Cancelled or EnteredInError;
}

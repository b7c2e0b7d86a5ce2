namespace Signpost.Core.Booking.Appointments;

public enum BookingOutcome
{
    Booked,

    /// <summary>The same idempotency key was used before: the first booking is returned.</summary>
    Replayed,

    /// <summary>Someone else booked or holds the slot.</summary>
    SlotTaken,
    SlotNotFound,

    /// <summary>The slot's rules forbid it now (minimum notice, booking window, same day only, taken out).</summary>
    NotBookable,

    /// <summary>The hold or offer has expired or is not for this slot.</summary>
    HoldNotValid,

    /// <summary>The link has been used or has expired.</summary>
    LinkNotValid,

    /// <summary>The idempotency key was used for a different slot.</summary>
    KeyReused,

    /// <summary>The appointment to rebook from cannot be cancelled.</summary>
    RebookNotAllowed,
}

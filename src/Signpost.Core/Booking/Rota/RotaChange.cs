namespace Signpost.Core.Booking.Rota;

/// <summary>What bringing the slots in line after a rota change did, and the booked appointments the rota no longer covers.</summary>
/// <param name="Created">Slots that did not exist before.</param>
/// <param name="TakenOut">Free slots taken out (now busy-unavailable).</param>
/// <param name="PutBack">Slots taken out earlier and offered again.</param>
/// <param name="ToRebook">Booked appointments ahead that fall outside the rota (leave, time out, a removed session): staff rebook them.</param>
public sealed record RotaChange(int Created, int TakenOut, int PutBack, IReadOnlyList<AppointmentToRebook> ToRebook);

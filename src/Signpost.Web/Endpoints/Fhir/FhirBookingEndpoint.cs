using Signpost.Core.Audit;
using Signpost.Core.Booking.Appointments;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Endpoints.Fhir;

/// <summary>
/// POST /Appointment: books the slot. 201 with the Appointment; a slot already taken is 409 (REC_CONFLICT);
/// an <c>Idempotency-Key</c> header makes a retry return the first booking.
/// </summary>
public static class FhirBookingEndpoint
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public static async Task<IResult> BookAsync(HttpContext http, SlotBooker booker)
    {
        var key = http.Request.Headers[IdempotencyHeader].ToString();
        if (key.Length > 200) return FhirJson.Problem(400, $"Keep the {IdempotencyHeader} header to 200 characters.");
        var (appointment, problem) = await FhirAppointmentInput.ReadAsync(http.Request);
        if (appointment is null) return FhirJson.Problem(400, problem!);
        var (booking, invalid) = FhirAppointmentInput.ForBooking(appointment);
        if (booking is null) return FhirJson.Problem(400, invalid!);
        var actor = AuditActor.ApiKey(http.User.Identity?.Name ?? "unknown", ClientAddress.Of(http));
        var result = await booker.BookSlotAsync(new BookSlotOptions(booking.SlotId, booking.Patient, BookingChannels.FhirApi, actor)
        {
            IdempotencyKey = key.Length == 0 ? null : key, RequestId = booking.RequestId, Description = booking.Description,
        }, http.RequestAborted);
        return result.Outcome switch
        {
            BookingOutcome.Booked or BookingOutcome.Replayed => Created(http, result.Appointment!),
            BookingOutcome.SlotTaken => FhirJson.Problem(409, "The slot is already booked (or held): search again for a free slot.", "conflict"),
            _ => FhirJson.Problem(422, result.Problem ?? "The slot cannot be booked."),
        };
    }

    private static IResult Created(HttpContext http, AppointmentView appointment)
    {
        http.Response.Headers.Location = FhirEndpoints.Url(http.Request, $"Appointment/{appointment.Id}");
        http.Response.Headers.ETag = $"W/\"{appointment.Version}\"";
        return FhirJson.Resource(FhirMapper.Appointment(appointment), StatusCodes.Status201Created);
    }
}

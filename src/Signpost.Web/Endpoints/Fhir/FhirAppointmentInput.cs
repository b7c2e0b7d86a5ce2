using System.Text.Json;
using Signpost.Core.Booking;
using Signpost.Web.Endpoints.Fhir.Resources;

namespace Signpost.Web.Endpoints.Fhir;

/// <summary>Reads and checks an Appointment a client sends; every problem is said in words for a 400.</summary>
public static class FhirAppointmentInput
{
    public const int MaxBodyBytes = 64 * 1024;

    public sealed record Booking(Guid SlotId, PatientDetails Patient, Guid? RequestId, string? Description);

    public static async Task<(FhirAppointment? Appointment, string? Problem)> ReadAsync(HttpRequest request)
    {
        if (request.ContentLength > MaxBodyBytes) return (null, "The body is too large.");
        try
        {
            var appointment = await JsonSerializer.DeserializeAsync<FhirAppointment>(request.Body, FhirJson.Options, request.HttpContext.RequestAborted);
            if (appointment is null || appointment.ResourceType != "Appointment") return (null, "Send an Appointment resource (resourceType Appointment).");
            return (appointment, null);
        }
        catch (JsonException)
        {
            return (null, "The body is not a valid FHIR JSON Appointment.");
        }
    }

    public static (Booking? Booking, string? Problem) ForBooking(FhirAppointment a)
    {
        if (a.Status != "booked") return (null, "To book, send status booked.");
        if (a.Slot is not { Count: 1 } || FhirSearchParameters.Id(a.Slot[0].Reference, "Slot") is not { } slot || !(a.Slot[0].Reference ?? "").StartsWith("Slot/", StringComparison.Ordinal))
        {
            return (null, "Give exactly one slot, as Slot/{id}.");
        }
        var patient = a.Participant?.Select(p => p.Actor).FirstOrDefault(r => r?.Identifier?.System == NhsNumber.System);
        if (patient is null) return (null, $"Give the patient as a participant whose actor has an identifier with system {NhsNumber.System}.");
        if (NhsNumber.Normalise(patient.Identifier!.Value) is not { } nhsNumber) return (null, $"{patient.Identifier.Value} is not a valid NHS number (10 digits with a correct check digit).");
        var name = patient.Display?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 200) return (null, "Give the patient's name as the actor's display (up to 200 characters).");
        if (a.Description is { Length: > 500 }) return (null, "Keep the description to 500 characters.");
        Guid? request = null;
        if (a.BasedOn is { Count: > 0 } basedOn)
        {
            request = FhirSearchParameters.Id(basedOn[0].Reference, "ServiceRequest");
            if (request is null || !(basedOn[0].Reference ?? "").StartsWith("ServiceRequest/", StringComparison.Ordinal)) return (null, "basedOn must be ServiceRequest/{id} (the triaged request).");
        }
        return (new Booking(slot, new PatientDetails(name, nhsNumber, null, null), request, a.Description), null);
    }
}

using Signpost.Core.Booking;
using Signpost.Core.Booking.Appointments;
using Signpost.Web.Endpoints.Fhir.Resources;

namespace Signpost.Web.Endpoints.Fhir;

/// <summary>GET /Appointment/{id} and GET /Appointment?patient:identifier=system|nhs-number or ?slot=Slot/{id}.</summary>
public static class FhirAppointmentEndpoints
{
    public static async Task<IResult> ReadAsync(string id, HttpContext http, AppointmentReader reader)
    {
        var appointment = Guid.TryParse(id, out var guid) ? await reader.GetAsync(guid, http.RequestAborted) : null;
        if (appointment is null) return FhirJson.Problem(404, $"There is no Appointment/{id}.");
        http.Response.Headers.ETag = $"W/\"{appointment.Version}\"";
        return FhirJson.Resource(FhirMapper.Appointment(appointment));
    }

    public static async Task<IResult> SearchAsync(HttpContext http, AppointmentReader reader, TimeProvider clock)
    {
        var q = http.Request.Query;
        IReadOnlyList<AppointmentView> found;
        if (q["patient:identifier"].ToString() is { Length: > 0 } identifier)
        {
            var parts = identifier.Split('|');
            if (parts.Length != 2 || parts[0] != NhsNumber.System) return FhirJson.Problem(400, $"patient:identifier must be {NhsNumber.System}|{{NHS number}}.");
            if (NhsNumber.Normalise(parts[1]) is not { } nhsNumber) return FhirJson.Problem(400, $"{parts[1]} is not a valid NHS number.");
            found = await reader.FindByNhsNumberAsync(nhsNumber, http.RequestAborted);
        }
        else if (q["slot"].ToString() is { Length: > 0 } slot)
        {
            if (FhirSearchParameters.Id(slot, "Slot") is not { } slotId) return FhirJson.Problem(400, "slot must be Slot/{id}.");
            found = await reader.FindBySlotAsync(slotId, http.RequestAborted);
        }
        else
        {
            return FhirJson.Problem(400, "Search appointments by patient:identifier or by slot.");
        }
        var now = clock.GetUtcNow();
        var entries = found.Select(a => new FhirBundleEntry(FhirEndpoints.Url(http.Request, $"Appointment/{a.Id}"), FhirMapper.Appointment(a), new FhirBundleSearch("match"))).ToList();
        var self = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.Path}{http.Request.QueryString}";
        return FhirJson.Resource(new FhirBundle(Guid.NewGuid().ToString(), new FhirMeta(LastUpdated: now, Profile: [FhirSystems.BundleProfile]), "searchset", now, found.Count, [new FhirBundleLink("self", self)], entries));
    }
}

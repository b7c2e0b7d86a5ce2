using System.Globalization;
using Signpost.Core.Audit;
using Signpost.Core.Booking.Appointments;
using Signpost.Web.Endpoints.Fhir.Resources;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Endpoints.Fhir;

/// <summary>
/// PUT /Appointment/{id}: only the status (and, to cancel, a cancelationReason) may change, with a version check
/// (If-Match: W/"n" or meta.versionId). Cancelling frees the slot and offers it to the waitlist.
/// </summary>
public static class FhirAppointmentUpdateEndpoint
{
    public static async Task<IResult> UpdateAsync(string id, HttpContext http, AppointmentReader reader, AppointmentStatusChanger changer)
    {
        var current = Guid.TryParse(id, out var guid) ? await reader.GetAsync(guid, http.RequestAborted) : null;
        if (current is null) return FhirJson.Problem(404, $"There is no Appointment/{id}.");
        var (body, problem) = await FhirAppointmentInput.ReadAsync(http.Request);
        if (body is null) return FhirJson.Problem(400, problem!);
        if (body.Id is { } bodyId && bodyId != id) return FhirJson.Problem(400, "The id in the body is not the id in the address.");
        if (body.Slot is { Count: > 0 } slots && (slots.Count != 1 || slots[0].Reference != $"Slot/{current.SlotId}")) return FhirJson.Problem(422, "Only the status and the cancellation reason can change; to move an appointment, book the new slot and cancel this one.");
        if (string.IsNullOrEmpty(body.Status)) return FhirJson.Problem(400, "Give the new status.");
        if (Version(http, body) is { Problem: { } versionProblem }) return FhirJson.Problem(400, versionProblem);
        var (reason, note) = Reason(body.CancelationReason);
        var actor = AuditActor.ApiKey(http.User.Identity?.Name ?? "unknown", ClientAddress.Of(http));
        var result = body.Status == current.Status
            ? new ChangeStatusResult(ChangeStatusOutcome.Changed)
            : await changer.ChangeStatusAsync(new ChangeStatusOptions(guid, body.Status, actor) { Reason = reason, Note = note, ExpectedVersion = Version(http, body).Version }, http.RequestAborted);
        return result.Outcome switch
        {
            ChangeStatusOutcome.Changed => await ReadAsync(guid, http, reader),
            ChangeStatusOutcome.VersionConflict => FhirJson.Problem(409, result.Problem!, "conflict"),
            ChangeStatusOutcome.ReasonNeeded => FhirJson.Problem(400, $"To cancel, give a cancelationReason coded in {FhirSystems.CancellationReason} (patient-request, patient-better, practice-cancelled, booked-in-error, other) or as text.", "required"),
            _ => FhirJson.Problem(422, result.Problem!),
        };
    }

    private static async Task<IResult> ReadAsync(Guid id, HttpContext http, AppointmentReader reader) =>
        await FhirAppointmentEndpoints.ReadAsync(id.ToString(), http, reader);

    private static (int? Version, string? Problem) Version(HttpContext http, FhirAppointment body)
    {
        var text = http.Request.Headers.IfMatch.ToString() is { Length: > 0 } ifMatch ? ifMatch.Replace("W/", "", StringComparison.Ordinal).Trim('"') : body.Meta?.VersionId;
        if (text is null) return (null, null);
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? (version, null) : (null, "The version (If-Match or meta.versionId) must be a number, as in the ETag.");
    }

    private static (string? Code, string? Note) Reason(FhirCodeableConcept? reason)
    {
        if (reason is null) return (null, null);
        var coded = reason.Coding?.FirstOrDefault(c => c.System == FhirSystems.CancellationReason)?.Code;
        return coded is not null ? (coded, reason.Text) : string.IsNullOrWhiteSpace(reason.Text) ? (null, null) : ("other", reason.Text.Trim()[..Math.Min(500, reason.Text.Trim().Length)]);
    }
}

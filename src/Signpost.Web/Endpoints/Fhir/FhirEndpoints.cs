using Signpost.Web.Infrastructure;

namespace Signpost.Web.Endpoints.Fhir;

/// <summary>The FHIR R4 booking API at /api/fhir: Slot, Schedule and Appointment, for API keys with the booking scope.</summary>
public static class FhirEndpoints
{
    public const string Base = "/api/fhir";

    public static void MapFhirApi(this WebApplication app)
    {
        var group = app.MapGroup(Base).RequireAuthorization(ApiKeyAuthentication.BookingPolicy).AddEndpointFilter<FhirAuditFilter>().DisableAntiforgery();
        group.MapGet("/Slot", FhirSlotEndpoints.SearchAsync);
        group.MapGet("/Schedule", FhirScheduleEndpoints.SearchAsync);
        group.MapGet("/Schedule/{id}", FhirScheduleEndpoints.ReadAsync);
        group.MapPost("/Appointment", FhirBookingEndpoint.BookAsync);
        group.MapGet("/Appointment", FhirAppointmentEndpoints.SearchAsync);
        group.MapGet("/Appointment/{id}", FhirAppointmentEndpoints.ReadAsync);
        group.MapPut("/Appointment/{id}", FhirAppointmentUpdateEndpoint.UpdateAsync);
    }

    /// <summary>The absolute address of a resource, for Bundle fullUrl and Location headers.</summary>
    public static string Url(HttpRequest request, string path) => $"{request.Scheme}://{request.Host}{Base}/{path}";
}

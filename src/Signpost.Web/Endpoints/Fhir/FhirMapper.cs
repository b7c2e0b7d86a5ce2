using Signpost.Core.Booking;
using Signpost.Core.Booking.Appointments;
using Signpost.Core.Booking.Slots;
using Signpost.Web.Endpoints.Fhir.Resources;

namespace Signpost.Web.Endpoints.Fhir;

/// <summary>Signpost's slots, schedules and appointments as FHIR R4 resources.</summary>
public static class FhirMapper
{
    public static FhirSlot Slot(SlotView s) => new(
        s.Id.ToString(), new FhirMeta(Profile: [FhirSystems.SlotProfile]),
        [new FhirExtension(FhirSystems.DeliveryChannel, ValueCode: DeliveryChannel(s.Modality))],
        [FhirCodeableConcept.Of(FhirSystems.GpadCategory, s.GpadCategory, s.GpadCategory)],
        [FhirCodeableConcept.Of(FhirSystems.AppointmentType, s.TypeCode, s.TypeName)],
        [FhirCodeableConcept.Of(FhirSystems.MdtRole, s.Role, MdtRoles.NameOf(s.Role))],
        new FhirReference($"Schedule/{s.ScheduleId}"), s.Status, s.StartAt, s.EndAt);

    public static FhirSchedule Schedule(Guid id, bool active, string role, Guid practitionerId, string practitionerName, Guid siteId, string siteName, bool isHub) => new(
        id.ToString(), new FhirMeta(Profile: [FhirSystems.ScheduleProfile]), active,
        [FhirCodeableConcept.Of(FhirSystems.MdtRole, role, MdtRoles.NameOf(role))],
        [new FhirReference($"Practitioner/{practitionerId}", "Practitioner", Display: practitionerName), new FhirReference($"Location/{siteId}", "Location", Display: siteName)],
        isHub ? "PCN same-day access hub: bookable by every member practice" : null);

    public static FhirAppointment Appointment(AppointmentView a) => new()
    {
        Id = a.Id.ToString(),
        Meta = new FhirMeta(a.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), a.UpdatedAt, [FhirSystems.AppointmentProfile]),
        Extension = [new FhirExtension(FhirSystems.DeliveryChannel, ValueCode: DeliveryChannel(a.Modality))],
        Status = a.Status,
        CancelationReason = a.CancellationReason is null ? null : new FhirCodeableConcept([new FhirCoding(FhirSystems.CancellationReason, a.CancellationReason)], a.CancellationNote),
        ServiceCategory = [FhirCodeableConcept.Of(FhirSystems.GpadCategory, a.GpadCategory, a.GpadCategory)],
        ServiceType = [FhirCodeableConcept.Of(FhirSystems.AppointmentType, a.TypeCode, a.TypeName)],
        Specialty = [FhirCodeableConcept.Of(FhirSystems.MdtRole, a.Role, MdtRoles.NameOf(a.Role))],
        Description = a.Description, Start = a.StartAt, End = a.EndAt,
        Slot = [new FhirReference($"Slot/{a.SlotId}")],
        Created = a.CreatedAt,
        BasedOn = a.RequestId is { } request ? [new FhirReference($"ServiceRequest/{request}", "ServiceRequest")] : null,
        Participant =
        [
            new FhirParticipant(new FhirReference(Type: "Patient", Identifier: a.PatientNhsNumber is null ? null : new FhirIdentifier(FhirSystems.NhsNumber, a.PatientNhsNumber), Display: a.PatientName),
                "accepted", [FhirCodeableConcept.Of(FhirSystems.ParticipationType, "ATND", "attender")]),
            new FhirParticipant(new FhirReference($"Practitioner/{a.PractitionerId}", "Practitioner", Display: a.PractitionerName), "accepted"),
            new FhirParticipant(new FhirReference($"Location/{a.SiteId}", "Location", Display: a.SiteName), "accepted"),
        ],
    };

    /// <summary>UK Core delivery channel codes, as GP Connect uses them.</summary>
    public static string DeliveryChannel(string modality) => modality switch
    {
        Modalities.Telephone => "Telephone",
        Modalities.Video => "Video",
        _ => "In-person",
    };
}

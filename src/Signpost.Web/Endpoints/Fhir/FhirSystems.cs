namespace Signpost.Web.Endpoints.Fhir;

/// <summary>Code systems and profiles the booking API uses. Signpost's own vocabularies are URNs.</summary>
public static class FhirSystems
{
    public const string NhsNumber = Signpost.Core.Booking.NhsNumber.System;
    public const string AppointmentType = "urn:signpost:appointment-type";
    public const string MdtRole = "urn:signpost:mdt-role";
    public const string GpadCategory = "urn:signpost:gpad-national-category";
    public const string CancellationReason = "urn:signpost:cancellation-reason";
    public const string DeliveryChannel = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-DeliveryChannel";
    public const string ParticipationType = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";
    public const string SlotProfile = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Slot";
    public const string ScheduleProfile = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Schedule";
    public const string AppointmentProfile = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Appointment";
    public const string BundleProfile = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Bundle";
}

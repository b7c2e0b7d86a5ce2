namespace Signpost.Core.Booking.Slots;

/// <summary>A slot with what people choose by: when, where, with whom, how. Status is the FHIR slot status.</summary>
public sealed record SlotView(
    Guid Id, Guid ScheduleId, Guid SiteId, string SiteName, bool IsHub, Guid PractitionerId, string PractitionerName,
    string Role, string Modality, string TypeCode, string TypeName, string GpadCategory,
    DateTimeOffset StartAt, DateTimeOffset EndAt, string Status);

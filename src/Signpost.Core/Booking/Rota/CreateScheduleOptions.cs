namespace Signpost.Core.Booking.Rota;

/// <summary>A new schedule at <paramref name="SiteId"/> for an existing practitioner, or for a new one when <paramref name="PractitionerId"/> is null.</summary>
public sealed record CreateScheduleOptions(Guid SiteId, Guid? PractitionerId, string? NewPractitionerName, string? NewPractitionerRole);

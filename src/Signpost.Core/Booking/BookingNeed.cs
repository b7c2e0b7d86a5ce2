namespace Signpost.Core.Booking;

/// <summary>
/// What fits a person: the MDT role and modality a triage outcome asks for, their registered practice (whose
/// PCN hub also fits), optionally one site, and the urgency time frame as instants.
/// </summary>
public sealed record BookingNeed(string PracticeCode, string Role, string? Modality, Guid? SiteId, DateTimeOffset EarliestAt, DateTimeOffset LatestAt);

namespace Signpost.Web.Endpoints.Hsds.Model;

/// <summary>HSDS schedule. Times are local times in Europe/London (HSDS has only a numeric offset).</summary>
public sealed record HsdsSchedule(Guid Id, Guid ServiceId, string? Freq, string? Byday, string? OpensAt, string? ClosesAt, string? ValidFrom, string? ValidTo, string Description, string? Notes);

namespace Signpost.Core.Booking.Catalogue;

/// <summary>An appointment type as typed into a form: every value still text, checked by <see cref="AppointmentTypeRules"/>.</summary>
public sealed record AppointmentTypeInput(string? Code, string? Name, string? Role, string? Modality, string? GpadCategory,
    string? Duration, string? Booking, string? WindowDays, string? NoticeMinutes);

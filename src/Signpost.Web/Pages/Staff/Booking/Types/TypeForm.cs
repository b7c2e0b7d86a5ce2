using System.Globalization;
using Signpost.Core.Booking;
using Signpost.Core.Booking.Catalogue;

namespace Signpost.Web.Pages.Staff.Booking.Types;

/// <summary>The appointment type form's fields (bound as Form.*), as typed, and its choices.</summary>
public sealed class TypeForm
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Role { get; set; }
    public string? Modality { get; set; }
    public string? GpadCategory { get; set; }
    public string? Duration { get; set; }
    public string? Booking { get; set; }
    public string? WindowDays { get; set; }
    public string? NoticeMinutes { get; set; }

    public static readonly IReadOnlyList<(string Value, string Text)> Roles = [("", "Select a role"), .. MdtRoles.Names.Select(r => (r.Key, r.Value))];
    public static readonly IReadOnlyList<(string Value, string Text)> ModalityChoices = [("", "Select how it is held"), .. Modalities.Names.Select(m => (m.Key, m.Value))];
    public static readonly IReadOnlyList<(string Value, string Text)> Categories = [("", "Select a category"), .. GpadCategories.All.Select(c => (c, c))];
    public static readonly IReadOnlyList<(string Value, string Text)> BookingChoices =
        [("", "Select when it can be booked"), (AppointmentTypeRules.SameDay, "Same day: booked on the day only"), (AppointmentTypeRules.PreBookable, "Pre-bookable: booked ahead, within the window")];

    public AppointmentTypeInput ToInput() => new(Code, Name, Role, Modality, GpadCategory, Duration, Booking, WindowDays, NoticeMinutes);

    public static TypeForm From(AppointmentType t) => new()
    {
        Code = t.Code, Name = t.Name, Role = t.Role, Modality = t.Modality, GpadCategory = t.GpadCategory,
        Duration = Text(t.DurationMinutes), Booking = t.SameDay ? AppointmentTypeRules.SameDay : AppointmentTypeRules.PreBookable,
        WindowDays = Text(t.BookingWindowDays), NoticeMinutes = Text(t.MinimumNoticeMinutes),
    };

    /// <summary>How the type is booked, in words, for the list.</summary>
    public static string When(AppointmentType t) => t.SameDay ? "Same day" : $"Pre-bookable, up to {Days(t.BookingWindowDays)} ahead";

    public static string Notice(int minutes) => minutes switch
    {
        0 => "None",
        < 60 => $"{minutes} minutes",
        _ when minutes % 1440 == 0 => minutes == 1440 ? "1 day" : $"{minutes / 1440} days",
        _ when minutes % 60 == 0 => minutes == 60 ? "1 hour" : $"{minutes / 60} hours",
        _ => $"{minutes} minutes",
    };

    private static string Days(int days) => days == 1 ? "1 day" : $"{days} days";

    private static string Text(int n) => n.ToString(CultureInfo.InvariantCulture);
}

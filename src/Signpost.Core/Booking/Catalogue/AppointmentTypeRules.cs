using System.Globalization;
using System.Text.RegularExpressions;

namespace Signpost.Core.Booking.Catalogue;

/// <summary>
/// What a manager may set on an appointment type. Stricter than (and so always within) the check constraints of
/// booking_appointment_types in 0500_booking_model.sql: code '^[a-z0-9][a-z0-9-]{1,62}$', duration 5–240, window
/// 0–366 days, notice 0–20,160 minutes, the modalities and the 16 GPAD categories.
/// </summary>
public static partial class AppointmentTypeRules
{
    public const int MinDuration = 5, MaxDuration = 120, DurationStep = 5, MaxWindowDays = 90, MaxNoticeMinutes = 10_080, MaxNameLength = 100;
    public const string SameDay = "same-day", PreBookable = "pre-bookable";

    /// <summary>Checks the input. For an edit, <paramref name="existing"/> keeps its code, and its length even if outside today's range.</summary>
    public static AppointmentTypeCheck Check(AppointmentTypeInput input, AppointmentType? existing = null)
    {
        var problems = new List<FieldProblem>();
        void Problem(string field, string message) => problems.Add(new FieldProblem(field, message));

        var code = existing?.Code ?? input.Code?.Trim() ?? "";
        if (existing is null)
        {
            if (code.Length == 0) Problem("Code", "Enter a code for the appointment type, like physio-first-contact");
            else if (!CodePattern().IsMatch(code)) Problem("Code", "The code must be 2 to 63 lower-case letters, digits and hyphens, starting with a letter or digit, like physio-first-contact");
        }
        var name = input.Name?.Trim() ?? "";
        if (name.Length == 0) Problem("Name", "Enter the name patients and staff see, like Physiotherapy first contact");
        else if (name.Length > MaxNameLength) Problem("Name", $"The name must be {MaxNameLength} characters or fewer");
        if (input.Role is null || !MdtRoles.Names.ContainsKey(input.Role)) Problem("Role", "Select the role in the team who sees the patient");
        if (input.Modality is null || !Modalities.Names.ContainsKey(input.Modality)) Problem("Modality", "Select how the appointment is held");
        if (input.GpadCategory is null || !GpadCategories.All.Contains(input.GpadCategory)) Problem("GpadCategory", "Select the national (GPAD) category");

        var duration = Number(input.Duration);
        var keepsLength = existing is not null && duration == existing.DurationMinutes;
        if (duration is null || (!keepsLength && (duration < MinDuration || duration > MaxDuration || duration % DurationStep != 0)))
        {
            Problem("Duration", $"Enter the length in minutes: {MinDuration} to {MaxDuration}, in steps of {DurationStep}");
        }
        var sameDay = input.Booking switch { SameDay => true, PreBookable => false, _ => (bool?)null };
        if (sameDay is null) Problem("Booking", "Select whether it is booked on the day only or can be booked ahead");
        var window = string.IsNullOrWhiteSpace(input.WindowDays) && sameDay == true ? 0 : Number(input.WindowDays);
        if (window is null || window < 0 || window > MaxWindowDays) Problem("WindowDays", $"Enter how many days ahead it can be booked, from 0 to {MaxWindowDays}");
        else if (sameDay == true && window != 0) Problem("WindowDays", "A same-day appointment is booked on the day only: set the booking window to 0 days");
        else if (sameDay == false && window == 0) Problem("WindowDays", $"A pre-bookable appointment needs a booking window of 1 to {MaxWindowDays} days");
        var notice = string.IsNullOrWhiteSpace(input.NoticeMinutes) ? 0 : Number(input.NoticeMinutes);
        if (notice is null || notice < 0 || notice > MaxNoticeMinutes) Problem("NoticeMinutes", $"Enter the minimum notice in minutes, from 0 to 10,080 (7 days)");

        if (problems.Count > 0) return new AppointmentTypeCheck(null, problems);
        var values = new AppointmentType
        {
            Code = code, Name = name, Role = input.Role!, Modality = input.Modality!, GpadCategory = input.GpadCategory!, DurationMinutes = duration!.Value,
            SameDay = sameDay!.Value, BookingWindowDays = window!.Value, MinimumNoticeMinutes = notice!.Value,
        };
        return new AppointmentTypeCheck(values, []);
    }

    private static int? Number(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,62}$")]
    private static partial Regex CodePattern();
}

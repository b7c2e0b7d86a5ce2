using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Signpost.Core.Booking;

namespace Signpost.Web.Pages.Staff.Booking;

/// <summary>
/// What a navigator books from: the triaged request (its id, role, modality and urgency: the integration point
/// with care navigation), the person, and where. Shared by the find, book, self-booking-link and waitlist steps.
/// </summary>
public partial class BookingRequestForm
{
    public const string Prefix = "Form";

    public Guid? RequestId { get; set; }
    public Guid? Rebook { get; set; }
    public string? PatientName { get; set; }
    public string? NhsNumber { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? PracticeCode { get; set; }
    public string? Role { get; set; }
    public string? Modality { get; set; }
    public string? Urgency { get; set; }
    public Guid? SiteId { get; set; }

    /// <summary>The person's language (from their request), for the confirmation and reminder.</summary>
    public string? Language { get; set; }

    /// <summary>Adds NHS-style messages for what is missing or wrong; true when all is well.</summary>
    public bool Validate(ModelStateDictionary state, IReadOnlySet<string> practices, bool needsContact)
    {
        var before = state.ErrorCount;
        PatientName = PatientName?.Trim();
        if (string.IsNullOrEmpty(PatientName)) Error(state, nameof(PatientName), "Enter the person's full name");
        else if (PatientName.Length > 200) Error(state, nameof(PatientName), "Name must be 200 characters or fewer");
        if (!string.IsNullOrWhiteSpace(NhsNumber) && Core.Booking.NhsNumber.Normalise(NhsNumber) is null) Error(state, nameof(NhsNumber), "Enter a real NHS number, like 943 476 5919");
        if (!string.IsNullOrWhiteSpace(Phone) && !PhonePattern().IsMatch(Phone.Trim())) Error(state, nameof(Phone), "Enter a UK phone number, like 07700 900 982");
        if (!string.IsNullOrWhiteSpace(Email) && !EmailPattern().IsMatch(Email.Trim())) Error(state, nameof(Email), "Enter an email address in the correct format, like name@example.com");
        if (needsContact && string.IsNullOrWhiteSpace(Phone) && string.IsNullOrWhiteSpace(Email)) Error(state, nameof(Phone), "Enter a mobile number or an email address to send the link to");
        if (PracticeCode is null || !practices.Contains(PracticeCode)) Error(state, nameof(PracticeCode), "Select the person's GP practice");
        if (Role is null || !MdtRoles.Names.ContainsKey(Role)) Error(state, nameof(Role), "Select who the person needs to see");
        if (Modality is { Length: > 0 } && !Modalities.Names.ContainsKey(Modality)) Error(state, nameof(Modality), "Select how the appointment should happen");
        if (Urgency is null || !UrgencyTimeFrames.Names.ContainsKey(Urgency)) Error(state, nameof(Urgency), "Select how soon the person needs to be seen");
        if (Language is { Length: > 0 } && !LanguagePattern().IsMatch(Language)) Error(state, nameof(Language), "The person's language is not a language code: open the booking again from their request");
        return state.ErrorCount == before;
    }

    public PatientDetails Patient() => new(PatientName!, Core.Booking.NhsNumber.Normalise(NhsNumber), Blank(Phone), Blank(Email), Blank(Language) ?? "en");

    public BookingNeed Need(DateTimeOffset now)
    {
        var (from, to) = UrgencyTimeFrames.Window(Urgency, now)!.Value;
        return new BookingNeed(PracticeCode!, Role!, Blank(Modality), SiteId, from, to);
    }

    /// <summary>The form as hidden fields, carried from one step to the next without JavaScript.</summary>
    public IEnumerable<(string Name, string? Value)> Hidden() =>
    [
        (nameof(RequestId), RequestId?.ToString()), (nameof(Rebook), Rebook?.ToString()), (nameof(PatientName), PatientName), (nameof(NhsNumber), NhsNumber),
        (nameof(Phone), Phone), (nameof(Email), Email), (nameof(PracticeCode), PracticeCode), (nameof(Role), Role), (nameof(Modality), Modality),
        (nameof(Urgency), Urgency), (nameof(SiteId), SiteId?.ToString()), (nameof(Language), Language),
    ];

    private static void Error(ModelStateDictionary state, string field, string message) => state.AddModelError($"{Prefix}.{field}", message);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"^(\+44\s?|0)[0-9 ]{9,13}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$")]
    private static partial Regex LanguagePattern();
}

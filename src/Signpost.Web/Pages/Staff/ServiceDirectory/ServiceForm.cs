using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Signpost.Core.ServiceDirectory;
using Signpost.Core.ServiceDirectory.Editing;

namespace Signpost.Web.Pages.Staff.ServiceDirectory;

/// <summary>The service form as typed, checked into a <see cref="ServiceEdit"/> with NHS-style messages.</summary>
public sealed partial class ServiceForm
{
    public static readonly string[] DayNames = ["Bank holidays", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public string? Name { get; set; }
    public string? Description { get; set; }
    public string? HowToAccess { get; set; }
    public List<string> AccessMethods { get; set; } = [];
    public string? ReferralFrom { get; set; }
    public string? Eligibility { get; set; }
    public string? MinimumAge { get; set; }
    public string? MaximumAge { get; set; }
    public string Status { get; set; } = ServiceStatus.Active;
    public string? Url { get; set; }
    public string? Email { get; set; }
    public string? PublicPhone { get; set; }
    public string? PublicPhoneLabel { get; set; }
    public string? ProfessionalPhone { get; set; }
    public string? ProfessionalPhoneLabel { get; set; }
    public string? Languages { get; set; }
    public List<Guid> Terms { get; set; } = [];
    /// <summary>Index 0 = bank holidays, 1–7 = Monday–Sunday.</summary>
    public List<string?> Hours { get; set; } = [.. new string?[8]];
    public string? Exceptions { get; set; }
    public string HoursSource { get; set; } = Signpost.Core.ServiceDirectory.HoursSource.None;
    public string? HoursNote { get; set; }
    public string? ProfessionalNotes { get; set; }
    public List<string> Accessibility { get; set; } = [];

    public static ServiceForm From(DirectoryService s, DirectoryLocation? location)
    {
        var publicPhone = s.Contacts.Where(c => c.Kind == "phone" && c.Audience == ServiceContact.Public).OrderBy(c => c.SortOrder).FirstOrDefault();
        var professionalPhone = s.Contacts.Where(c => c.Kind == "phone" && c.Audience == ServiceContact.Professional).OrderBy(c => c.SortOrder).FirstOrDefault();
        return new ServiceForm
        {
            Name = s.Name, Description = s.Description, HowToAccess = s.HowToAccess, AccessMethods = [.. s.AccessMethods], ReferralFrom = s.ReferralFrom,
            Eligibility = s.Eligibility, MinimumAge = s.MinimumAge?.ToString(CultureInfo.InvariantCulture), MaximumAge = s.MaximumAge?.ToString(CultureInfo.InvariantCulture),
            Status = s.Status, Url = s.Url, Email = s.Email, PublicPhone = publicPhone?.Value, PublicPhoneLabel = publicPhone?.Label,
            ProfessionalPhone = professionalPhone?.Value, ProfessionalPhoneLabel = professionalPhone?.Label,
            Languages = string.Join(", ", s.Languages.Select(l => l.LanguageCode).Order(StringComparer.Ordinal)), Terms = s.Taxonomy.Select(t => t.TermId).ToList(),
            Hours = Enumerable.Range(0, 8).Select(d => (string?)HoursText.FormatDay(s.OpeningBands.Where(b => b.Day == d).Select(b => new Core.ServiceDirectory.Hours.TimeBand(b.OpensMinute, b.ClosesMinute)))).ToList(),
            Exceptions = HoursText.FormatExceptions(s.OpeningExceptions), HoursSource = s.HoursSource, HoursNote = s.HoursNote, ProfessionalNotes = s.ProfessionalNotes,
            Accessibility = location is null ? [] : [.. location.Accessibility],
        };
    }

    /// <summary>The checked edit, or null with the problems added to <paramref name="errors"/> under "Form.&lt;field&gt;".</summary>
    public ServiceEdit? Check(ModelStateDictionary errors, IReadOnlyCollection<Guid> knownTerms, bool hasLocation)
    {
        var name = Required(errors, nameof(Name), Name, DirectoryService.NameMaxLength, "Enter the name of the service");
        var minimum = Age(errors, nameof(MinimumAge), MinimumAge);
        var maximum = Age(errors, nameof(MaximumAge), MaximumAge);
        if (minimum > maximum) errors.AddModelError(Key(nameof(MaximumAge)), "The oldest age must be the same as or more than the youngest age");
        var bands = new List<OpeningBand>();
        for (short day = 0; day < 8; day++)
        {
            var parsed = HoursText.ParseDay(Hours.ElementAtOrDefault(day));
            if (parsed is null) errors.AddModelError(Key($"Hours[{day}]"), $"Enter {DayNames[day]} opening times like 08:00-12:30, 13:30-18:30, or leave it empty if closed");
            else bands.AddRange(parsed.Select(b => new OpeningBand { Day = day, OpensMinute = b.OpensMinute, ClosesMinute = b.ClosesMinute }));
        }
        var (exceptions, badLine) = HoursText.ParseExceptions(Exceptions);
        if (exceptions is null) errors.AddModelError(Key(nameof(Exceptions)), $"Line {badLine} of the changes to usual hours is not right: write a date then times, like 2026-12-24 09:00-13:00, or 2026-12-25 closed");
        var languages = (Languages ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(l => l.ToLowerInvariant()).Distinct().ToList();
        if (languages.Any(l => !LanguageCode().IsMatch(l))) errors.AddModelError(Key(nameof(Languages)), "Enter language codes separated by commas, like ur, pl, ro");
        if (Terms.Count == 0 || Terms.Any(t => !knownTerms.Contains(t))) errors.AddModelError(Key(nameof(Terms)), "Select at least one type of service");
        if (!ServiceStatus.All.Contains(Status)) errors.AddModelError(Key(nameof(Status)), "Select a status");
        if (!Signpost.Core.ServiceDirectory.HoursSource.All.Contains(HoursSource)) errors.AddModelError(Key(nameof(HoursSource)), "Select where the opening times come from");
        if (Url is { Length: > 0 } && !(Uri.TryCreate(Url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
            errors.AddModelError(Key(nameof(Url)), "Enter a web address that starts with https://");
        if (Email is { Length: > 0 } && !EmailAddress().IsMatch(Email.Trim())) errors.AddModelError(Key(nameof(Email)), "Enter an email address in the correct format, like name@example.nhs.uk");
        Phone(errors, nameof(PublicPhone), PublicPhone);
        Phone(errors, nameof(ProfessionalPhone), ProfessionalPhone);
        var description = Text(errors, nameof(Description), Description, DirectoryService.TextMaxLength);
        var howToAccess = Text(errors, nameof(HowToAccess), HowToAccess, DirectoryService.TextMaxLength);
        var eligibility = Text(errors, nameof(Eligibility), Eligibility, DirectoryService.TextMaxLength);
        var notes = Text(errors, nameof(ProfessionalNotes), ProfessionalNotes, DirectoryService.TextMaxLength);
        var referral = Text(errors, nameof(ReferralFrom), ReferralFrom, DirectoryService.ShortTextMaxLength);
        var hoursNote = Text(errors, nameof(HoursNote), HoursNote, DirectoryService.ShortTextMaxLength);
        if (!errors.IsValid) return null;
        return new ServiceEdit
        {
            Name = name!, Description = description, HowToAccess = howToAccess, Eligibility = eligibility, ReferralFrom = Blank(referral),
            AccessMethods = AccessMethods.Where(Core.ServiceDirectory.AccessMethods.All.Contains).Distinct().ToList(),
            MinimumAge = minimum, MaximumAge = maximum, Status = Status, Url = Blank(Url?.Trim()), Email = Blank(Email?.Trim()),
            PublicPhone = Blank(PublicPhone?.Trim()), PublicPhoneLabel = PublicPhoneLabel?.Trim() ?? "",
            ProfessionalPhone = Blank(ProfessionalPhone?.Trim()), ProfessionalPhoneLabel = ProfessionalPhoneLabel?.Trim() ?? "",
            Languages = languages, TermIds = Terms.Distinct().ToList(), Bands = bands, Exceptions = exceptions!, HoursSource = HoursSource,
            HoursNote = Blank(hoursNote), ProfessionalNotes = Blank(notes),
            Accessibility = hasLocation ? Accessibility.Where(AccessibilityFeatures.All.Contains).Distinct().ToList() : null,
        };
    }

    public static string Key(string field) => "Form." + field;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static string? Required(ModelStateDictionary errors, string field, string? text, int max, string message)
    {
        if (string.IsNullOrWhiteSpace(text)) errors.AddModelError(Key(field), message);
        return Text(errors, field, text, max);
    }

    private static string Text(ModelStateDictionary errors, string field, string? text, int max)
    {
        var value = (text ?? "").Trim().Replace("\r\n", "\n", StringComparison.Ordinal);
        if (value.Length > max) errors.AddModelError(Key(field), $"Keep this to {max} characters or fewer");
        return value;
    }

    private static int? Age(ModelStateDictionary errors, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var age) && age <= 130) return age;
        errors.AddModelError(Key(field), "Enter an age in years from 0 to 130");
        return null;
    }

    private static void Phone(ModelStateDictionary errors, string field, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text) && !PhoneNumber().IsMatch(text.Trim())) errors.AddModelError(Key(field), "Enter a phone number, like 01582 123456 or 111");
    }

    [GeneratedRegex("^[a-z]{2,3}$")]
    private static partial Regex LanguageCode();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailAddress();

    [GeneratedRegex(@"^\+?[0-9][0-9 ]{1,18}[0-9]$")]
    private static partial Regex PhoneNumber();
}

using System.Text.RegularExpressions;

namespace Signpost.Core.Navigation.Requests;

/// <summary>Checks a request's fields; messages are in the NHS.UK style, keyed by the field's name.</summary>
public static partial class RequestValidator
{
    public static Dictionary<string, string> Validate(SubmitRequestOptions o, NavigationAssessor assessor, DateOnly today)
    {
        var errors = new Dictionary<string, string>();
        void Check(bool bad, string field, string message) { if (bad) errors.TryAdd(field, message); }
        var online = o.Channel == RequestVocabulary.Online;
        Check(!RequestVocabulary.Channels.Contains(o.Channel), nameof(o.Channel), "Select how the request came in");
        Check(online && o.EnteredBy is not null, nameof(o.Channel), "A request entered by staff must be a phone or walk-in request");
        Check(o.ForSomeoneElse && string.IsNullOrWhiteSpace(o.ProxyName), nameof(o.ProxyName), "Enter your name, as you are asking for someone else");
        Check(Long(o.ProxyName, NavigationRequest.MaxNameLength) || Long(o.ProxyRelationship, 100), nameof(o.ProxyName), "Your name and relationship must be shorter");
        Check(string.IsNullOrWhiteSpace(o.PersonName), nameof(o.PersonName), "Enter the name of the person who needs help");
        Check(Long(o.PersonName, NavigationRequest.MaxNameLength), nameof(o.PersonName), $"Name must be {NavigationRequest.MaxNameLength} characters or fewer");
        Check(o.DateOfBirth is null && o.AgeYears is null, nameof(o.DateOfBirth), "Enter their date of birth or their age");
        Check(o.DateOfBirth > today, nameof(o.DateOfBirth), "Date of birth must be in the past");
        Check(o.DateOfBirth < today.AddYears(-130), nameof(o.DateOfBirth), "Enter a real date of birth");
        Check(o.AgeYears is < 0 or > 130, nameof(o.AgeYears), "Age must be between 0 and 130");
        Check(!Vocabulary.Sexes.Contains(o.Sex ?? ""), nameof(o.Sex), "Select their sex");
        Check(online && string.IsNullOrWhiteSpace(o.PracticeOdsCode), nameof(o.PracticeOdsCode), "Select the GP practice they are registered with");
        Check(online && string.IsNullOrWhiteSpace(o.Phone) && string.IsNullOrWhiteSpace(o.Email), nameof(o.Phone), "Enter a phone number or email address so the practice can reply");
        Check(!string.IsNullOrWhiteSpace(o.Phone) && NormalisePhone(o.Phone) is null, nameof(o.Phone), "Enter a UK phone number, like 01582 700 000 or 07700 900 000");
        Check(!string.IsNullOrWhiteSpace(o.Email) && !EmailPattern().IsMatch(o.Email.Trim()), nameof(o.Email), "Enter an email address in the right format, like name@example.com");
        Check(!RequestVocabulary.Languages.ContainsKey(o.PreferredLanguage ?? ""), nameof(o.PreferredLanguage), "Select the language they prefer");
        Check(o.CommunicationNeeds.Any(n => !RequestVocabulary.CommunicationNeeds.ContainsKey(n)), nameof(o.CommunicationNeeds), "Select communication needs from the list");
        Check(Long(o.CommunicationNotes, NavigationRequest.MaxNotesLength) || Long(o.GoodTimes, NavigationRequest.MaxNotesLength), nameof(o.GoodTimes), $"Notes must be {NavigationRequest.MaxNotesLength} characters or fewer");
        Check(!Vocabulary.RequestTypes.Contains(o.RequestType ?? ""), nameof(o.RequestType), "Select what the request is about");
        Check(string.IsNullOrWhiteSpace(o.Description), nameof(o.Description), "Describe what you need help with, in your own words");
        Check(Long(o.Description, AssessmentInput.MaxDescriptionLength), nameof(o.Description), $"Description must be {AssessmentInput.MaxDescriptionLength} characters or fewer");
        Check(o.PreferredModality is not null && !Vocabulary.Modalities.Contains(o.PreferredModality), nameof(o.PreferredModality), "Select how they would like to be contacted");
        Check(o.RedFlags.Any(f => !assessor.IsRedFlag(f)), nameof(o.RedFlags), "Select red flags from the list");
        Check(o.SymptomDays is < 0 or > 36500, nameof(o.SymptomDays), "Number of days must be 0 or more");
        Check(o.EpisodesInLast6Months is < 1 or > 50, nameof(o.EpisodesInLast6Months), "Number of times must be between 1 and 50");
        Check(o.EpisodesInLast12Months is < 1 or > 100 || o.EpisodesInLast12Months < o.EpisodesInLast6Months, nameof(o.EpisodesInLast12Months),
            "Times in 12 months must be between 1 and 100, and at least the times in 6 months");
        return errors;
    }

    /// <summary>A UK number as digits with a leading 0 (+44 turned into 0), or null when it is not one.</summary>
    public static string? NormalisePhone(string? phone)
    {
        var digits = new string((phone ?? "").Where(char.IsDigit).ToArray());
        if ((phone ?? "").TrimStart().StartsWith('+') && digits.StartsWith("44", StringComparison.Ordinal)) digits = "0" + digits[2..];
        return digits.Length is 10 or 11 && digits[0] == '0' ? digits : null;
    }

    private static bool Long(string? text, int max) => text is not null && text.Length > max;

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}

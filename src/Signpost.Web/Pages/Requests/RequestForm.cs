using System.Globalization;
using Signpost.Core.Navigation.Requests;

namespace Signpost.Web.Pages.Requests;

/// <summary>The request form as typed (strings), shared by the online form and the reception flow.</summary>
public class RequestForm
{
    public bool ForSomeoneElse { get; set; }
    public string? ProxyName { get; set; }
    public string? ProxyRelationship { get; set; }
    public string? PracticeOdsCode { get; set; }
    public string? PersonName { get; set; }
    public string? DobDay { get; set; }
    public string? DobMonth { get; set; }
    public string? DobYear { get; set; }
    public string? AgeYears { get; set; }
    public string? Sex { get; set; }
    public string? Pregnant { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? PreferredLanguage { get; set; } = "en";
    public List<string> CommunicationNeeds { get; set; } = [];
    public string? CommunicationNotes { get; set; }
    public string? RequestType { get; set; }
    public string? Description { get; set; }
    public string? PreferredModality { get; set; }
    public string? GoodTimes { get; set; }
    public List<string> RedFlags { get; set; } = [];
    public string? SymptomDays { get; set; }
    public string? EpisodesInLast6Months { get; set; }
    public string? EpisodesInLast12Months { get; set; }
    public string? Immunosuppressed { get; set; }

    /// <summary>Turns the typed values into options; values that are not numbers or dates become errors.</summary>
    public SubmitRequestOptions ToOptions(string channel, string? enteredBy, IDictionary<string, string> errors) => new()
    {
        Channel = channel, EnteredBy = enteredBy, ForSomeoneElse = ForSomeoneElse, ProxyName = ProxyName, ProxyRelationship = ProxyRelationship,
        PracticeOdsCode = PracticeOdsCode, PersonName = PersonName, DateOfBirth = DateOfBirth(errors),
        AgeYears = Number(AgeYears, nameof(AgeYears), "Age must be a number, like 34", errors), Sex = Sex, Pregnant = YesNo(Pregnant),
        Phone = Phone, Email = Email, PreferredLanguage = PreferredLanguage, CommunicationNeeds = CommunicationNeeds,
        CommunicationNotes = CommunicationNotes, RequestType = RequestType, Description = Description,
        PreferredModality = string.IsNullOrEmpty(PreferredModality) || PreferredModality == "no-preference" ? null : PreferredModality,
        GoodTimes = GoodTimes, RedFlags = RedFlags.Where(f => f != "none").ToList(),
        SymptomDays = Whole(SymptomDays, nameof(SymptomDays), errors), EpisodesInLast6Months = Whole(EpisodesInLast6Months, nameof(EpisodesInLast6Months), errors),
        EpisodesInLast12Months = Whole(EpisodesInLast12Months, nameof(EpisodesInLast12Months), errors), Immunosuppressed = YesNo(Immunosuppressed),
    };

    // "Not sure" counts as yes: pregnancy and a weak immune system both make the rules more careful.
    private static bool? YesNo(string? value) => value switch { "yes" or "not-sure" => true, "no" => false, _ => null };

    private DateOnly? DateOfBirth(IDictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(DobDay) && string.IsNullOrWhiteSpace(DobMonth) && string.IsNullOrWhiteSpace(DobYear)) return null;
        if (int.TryParse(DobDay, out var d) && int.TryParse(DobMonth, out var m) && int.TryParse(DobYear, out var y)
            && y is >= 1850 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
        {
            return new DateOnly(y, m, d);
        }
        errors.TryAdd("DateOfBirth", "Date of birth must be a real date, like 15 3 1984");
        return null;
    }

    private static decimal? Number(string? text, string field, string message, IDictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value)) return value;
        errors.TryAdd(field, message);
        return null;
    }

    private static int? Whole(string? text, string field, IDictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return value;
        errors.TryAdd(field, "Enter a whole number, like 3");
        return null;
    }
}

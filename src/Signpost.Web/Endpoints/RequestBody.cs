using System.Globalization;
using Signpost.Core.Navigation.Requests;

namespace Signpost.Web.Endpoints;

/// <summary>The JSON body of <c>POST /api/requests</c> (camelCase; unknown fields refused).</summary>
public sealed class RequestBody
{
    public bool ForSomeoneElse { get; set; }
    public string? ProxyName { get; set; }
    public string? ProxyRelationship { get; set; }
    public string? PracticeOdsCode { get; set; }
    public string? PersonName { get; set; }
    public string? DateOfBirth { get; set; }
    public decimal? AgeYears { get; set; }
    public string? Sex { get; set; }
    public bool? Pregnant { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? PreferredLanguage { get; set; }
    public List<string> CommunicationNeeds { get; set; } = [];
    public string? CommunicationNotes { get; set; }
    public string? RequestType { get; set; }
    public string? Description { get; set; }
    public string? PreferredModality { get; set; }
    public string? GoodTimes { get; set; }
    public List<string> RedFlags { get; set; } = [];
    public int? SymptomDays { get; set; }
    public int? EpisodesInLast6Months { get; set; }
    public int? EpisodesInLast12Months { get; set; }
    public bool? Immunosuppressed { get; set; }

    public SubmitRequestOptions ToOptions(IDictionary<string, string> errors)
    {
        DateOnly? born = null;
        if (!string.IsNullOrWhiteSpace(DateOfBirth))
        {
            if (DateOnly.TryParseExact(DateOfBirth, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) born = parsed;
            else errors["DateOfBirth"] = "Date of birth must be a date like 1984-03-15";
        }
        return new SubmitRequestOptions
        {
            Channel = RequestVocabulary.Online, ForSomeoneElse = ForSomeoneElse, ProxyName = ProxyName, ProxyRelationship = ProxyRelationship,
            PracticeOdsCode = PracticeOdsCode, PersonName = PersonName, DateOfBirth = born, AgeYears = AgeYears, Sex = Sex, Pregnant = Pregnant,
            Phone = Phone, Email = Email, PreferredLanguage = PreferredLanguage ?? "en", CommunicationNeeds = CommunicationNeeds,
            CommunicationNotes = CommunicationNotes, RequestType = RequestType ?? "medical", Description = Description, PreferredModality = PreferredModality,
            GoodTimes = GoodTimes, RedFlags = RedFlags, SymptomDays = SymptomDays, EpisodesInLast6Months = EpisodesInLast6Months,
            EpisodesInLast12Months = EpisodesInLast12Months, Immunosuppressed = Immunosuppressed,
        };
    }
}

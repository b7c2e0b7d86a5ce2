using Signpost.Core.Navigation.Capacity;
using Signpost.Core.Navigation.Feedback;
using Signpost.Core.Navigation.Requests;
using Signpost.Core.Translation;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.Translation;

/// <summary>
/// Messages composed by feature code and shown to residents through <c>T.Message</c> (validation, the online route
/// being closed) or <c>DirectoryWords.BankHoliday</c> are UI strings too: each must be in the template, or residents
/// reading another language get English. Safety-critical ones must be flagged so.
/// </summary>
public class ComposedMessagesTests
{
    private static readonly Dictionary<string, UnitSource> Template =
        ShippedCatalogues.Template().Where(u => u.Kind == UnitKind.Ui).ToDictionary(u => u.English, StringComparer.Ordinal);

    private static readonly DateOnly Today = new(2026, 11, 24);

    public static TheoryData<string, SubmitRequestOptions> BadRequests => new()
    {
        { "everything missing", new SubmitRequestOptions { PreferredLanguage = null } },
        { "proxy without a name, dates and numbers out of range", new SubmitRequestOptions
            {
                ForSomeoneElse = true, PersonName = new string('a', NavigationRequest.MaxNameLength + 1), DateOfBirth = Today.AddDays(1), AgeYears = 131,
                Phone = "call me", Email = "not an email", PreferredLanguage = "xx", CommunicationNeeds = ["telepathy"],
                GoodTimes = new string('a', NavigationRequest.MaxNotesLength + 1), RequestType = "medical",
                Description = new string('a', Signpost.Core.Navigation.AssessmentInput.MaxDescriptionLength + 1), PreferredModality = "carrier pigeon",
                RedFlags = ["no-such-flag"], SymptomDays = -1, EpisodesInLast6Months = 0, EpisodesInLast12Months = 0,
            } },
        { "long proxy name, very old date of birth", new SubmitRequestOptions
            {
                ForSomeoneElse = true, ProxyName = new string('a', NavigationRequest.MaxNameLength + 1), PersonName = "A", DateOfBirth = Today.AddYears(-131),
            } },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public void RequestValidator_EveryMessageForTheOnlineForm_IsATemplateString(string why, SubmitRequestOptions options)
    {
        var messages = RequestValidator.Validate(options, ShippedRules.Assessor, Today).Values.ToList();

        Assert.True(messages.Count >= 5, why);
        Assert.All(messages, m => Assert.True(Template.ContainsKey(m), $"“{m}” ({why}) is not in signpost.pot"));
    }

    [Fact]
    public void FeedbackAnswers_EveryMessage_IsATemplateString()
    {
        var messages = new FeedbackAnswers(null, null, null, null).Validate().Values.ToList();

        Assert.Equal(3, messages.Count);
        Assert.All(messages, m => Assert.True(Template.ContainsKey(m), $"“{m}” is not in signpost.pot"));
    }

    [Fact]
    public void OnlineAccess_ClosedMessages_InTheTemplateAndTheOneThatMentions999IsSafetyCritical()
    {
        Assert.False(Template[OnlineAccess.AdminClosedMessage].SafetyCritical);
        Assert.True(Template[OnlineAccess.MedicalClosedMessage].SafetyCritical);
    }

    [Fact]
    public void BankHolidayNames_AllInTheTemplate()
    {
        var names = File.ReadLines(Path.Combine(RepositoryPaths.Data("directory"), "bank-holidays-england-and-wales.csv")).Skip(1)
            .Select(line => line[(line.IndexOf(',', StringComparison.Ordinal) + 1)..].Trim().Trim('"')).Distinct().ToList();

        Assert.True(names.Count >= 8);
        Assert.All(names, n => Assert.True(Template.ContainsKey(n), $"“{n}” is not in signpost.pot"));
    }
}

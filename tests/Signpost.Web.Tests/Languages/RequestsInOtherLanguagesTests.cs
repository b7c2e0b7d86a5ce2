using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Translation;
using Signpost.TestCommon;
using static Signpost.TestCommon.NavigationTestData;

namespace Signpost.Web.Tests.Languages;

/// <summary>The resident's request pages in other languages: red-flag questions and emergency advice only in approved form (issue 4 × issue 5).</summary>
public class RequestsInOtherLanguagesTests
{
    private const string ChestPainQuestion = "advice:navigation:red-flag/chest-pain:question";

    private static async Task<SignpostWebFactory> FactoryAsync()
    {
        await (await TestDatabase.GetAsync()).EnsureReferenceDataAsync();
        return await SignpostWebFactory.CreateAsync(clock: new TestClock(London(2026, 11, 24, 10)));
    }

    [Fact]
    public async Task RedFlagScreen_InUrdu_QuestionsStayEnglishWhileTheRestIsUrdu()
    {
        await using var factory = await FactoryAsync();

        var page = await factory.CreateBrowserClient().GetDocumentAsync("/request?lang=ur");

        Assert.Equal(("ur", "rtl"), (page.DocumentElement.GetAttribute("lang"), page.DocumentElement.GetAttribute("dir")));
        Assert.Equal("جاری رکھیں", page.QuerySelector("main button[type=submit]")!.TextContent.Trim());
        var question = page.QuerySelector("label[for=RedFlags] span[lang=en]")!;
        Assert.Equal(("Chest pain, or pressure, heaviness or tightness in the chest", "ltr"), (question.TextContent, question.GetAttribute("dir")));
        Assert.NotNull(page.QuerySelector(".signpost-language-notice a[href='/languages#interpreter']"));
    }

    [Fact]
    public async Task RedFlagScreen_QuestionTranslationApproved_ShownInTheLanguage()
    {
        await using var factory = await FactoryAsync();
        await TranslateAsync(factory, ChestPainQuestion, "Chest pain, or pressure, heaviness or tightness in the chest", "ps", "د سينې درد، يا په سينه کې فشار، درنښت يا ټينګوالی", TranslationState.Approved);

        var page = await factory.CreateBrowserClient().GetDocumentAsync("/request?lang=ps");

        Assert.Equal("د سينې درد، يا په سينه کې فشار، درنښت يا ټينګوالی", page.QuerySelector("label[for=RedFlags]")!.TextContent.Trim());
    }

    [Fact]
    public async Task RedFlagScreen_QuestionOnlyMachineTranslated_StillEnglish()
    {
        await using var factory = await FactoryAsync();
        await TranslateAsync(factory, ChestPainQuestion, "Chest pain, or pressure, heaviness or tightness in the chest", "fa", "درد قفسه سینه", TranslationState.Machine);

        var page = await factory.CreateBrowserClient().GetDocumentAsync("/request?lang=fa");

        Assert.Equal("Chest pain, or pressure, heaviness or tightness in the chest", page.QuerySelector("label[for=RedFlags]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Emergency_InPolish_999AdviceInEnglishUntilApproved()
    {
        await using var factory = await FactoryAsync();

        var page = await factory.CreateBrowserClient().GetDocumentAsync("/request/emergency?flag=chest-pain&lang=pl");

        var heading = page.QuerySelector("#emergency-advice h1 span[lang=en]")!;
        Assert.Equal("Call 999 now", heading.TextContent);
        Assert.Equal("Co nam przekazałeś", page.QuerySelectorAll("main h2")[0].TextContent);
    }

    [Fact]
    public async Task Details_MissingFieldsInPolish_ErrorMessagesInPolish()
    {
        await using var factory = await FactoryAsync();

        var response = await factory.CreateBrowserClient().PostFormAsync("/request/details?screened=none&lang=pl", new Dictionary<string, string> { ["Form.Description"] = "Boli mnie kolano", ["Form.AgeYears"] = "abc" });
        var page = await WebTestHelpers.ParseAsync(response);

        var summary = page.QuerySelector(".nhsuk-error-summary")!;
        Assert.Equal("Wystąpił problem", summary.QuerySelector("h2")!.TextContent);
        Assert.Contains("Podaj imię i nazwisko osoby, która potrzebuje pomocy", summary.TextContent, StringComparison.Ordinal);
        Assert.Contains("Wiek musi być liczbą, np. 34", summary.TextContent, StringComparison.Ordinal);
        Assert.Null(summary.QuerySelector("[lang=en]"));
    }

    [Fact]
    public async Task Details_BadPhoneInUrdu_ExampleNumbersKeptLeftToRight()
    {
        await using var factory = await FactoryAsync();

        var response = await factory.CreateBrowserClient().PostFormAsync("/request/details?screened=none&lang=ur", new Dictionary<string, string> { ["Form.Phone"] = "call me" });
        var page = await WebTestHelpers.ParseAsync(response);

        var numbers = page.QuerySelectorAll("#Phone-error span[dir=ltr]").Select(s => s.TextContent).ToList();
        Assert.Equal(["01582 700 000", "07700 900 000"], numbers);
    }

    [Fact]
    public async Task Details_ReadInUrdu_PreferredLanguageStartsAsUrdu()
    {
        await using var factory = await FactoryAsync();

        var page = await factory.CreateBrowserClient().GetDocumentAsync("/request/details?screened=none&lang=ur");

        Assert.Equal("ur", page.QuerySelector("#PreferredLanguage option[selected]")!.GetAttribute("value"));
    }

    private static async Task TranslateAsync(SignpostWebFactory factory, string key, string english, string language, string text, string state)
    {
        _ = factory.Server;
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        await new TranslationMemory(db, TimeProvider.System).RegisterAsync([new UnitSource(key, UnitKind.Advice, english, SafetyCritical: true)]);
        var unit = await db.TranslationUnits.SingleAsync(u => u.Key == key);
        var row = await db.Translations.SingleOrDefaultAsync(t => t.UnitId == unit.Id && t.Language == language);
        if (row is null) db.Translations.Add(row = new UnitTranslation { UnitId = unit.Id, Language = language, ProducedBy = "test", ProducedAt = DateTimeOffset.UtcNow });
        (row.Text, row.State, row.SourceHash) = (text, state, unit.SourceHash);
        await db.SaveChangesAsync();
        factory.Services.GetRequiredService<TranslationCache>().Invalidate(language);
    }
}

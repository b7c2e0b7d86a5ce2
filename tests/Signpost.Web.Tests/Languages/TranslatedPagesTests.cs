using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Core.Translation;
using Signpost.TestCommon;

namespace Signpost.Web.Tests.Languages;

/// <summary>
/// Each test writes translations in a language no other test uses, because UI units are shared by the one test database.
/// </summary>
public class TranslatedPagesTests
{
    private const string Emergency = "Call 999 if it is a life-threatening emergency";
    private const string Lede = "Find the right place for care, ask your GP practice for help, and book with the right person.";

    [Fact]
    public async Task Home_SafetyCriticalOnlyMachineTranslated_EnglishWithInterpreterNote()
    {
        await using var factory = await SignpostWebFactory.CreateAsync();
        await SetTranslationAsync(factory, "ps", Emergency, "که ژوند ته ګواښ وي 999 ته زنګ ووهئ", TranslationState.Machine);

        var page = await factory.CreateBrowserClient().GetDocumentAsync("/?lang=ps");

        var heading = page.QuerySelectorAll(".nhsuk-card--care__heading span[lang=en]").Single(s => s.TextContent == Emergency);
        Assert.Equal("ltr", heading.GetAttribute("dir"));
        Assert.NotNull(page.QuerySelector(".signpost-language-notice a[href='/languages#interpreter']"));
    }

    [Fact]
    public async Task Home_SafetyCriticalApproved_ShownInTheLanguage()
    {
        await using var factory = await SignpostWebFactory.CreateAsync();
        await SetTranslationAsync(factory, "fa", Emergency, "اگر وضعیت اورژانسی و تهدیدکننده زندگی است با 999 تماس بگیرید", TranslationState.Approved);

        var page = await factory.CreateBrowserClient().GetDocumentAsync("/?lang=fa");

        Assert.Contains("با 999 تماس بگیرید", page.QuerySelector(".nhsuk-card--care__heading")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(page.QuerySelectorAll(".nhsuk-card--care__heading span[lang=en]"), s => s.TextContent == Emergency);
    }

    [Fact]
    public async Task Home_MachineParagraph_LabelledWithLinkToEnglish_LabelGoesWhenApproved()
    {
        await using var factory = await SignpostWebFactory.CreateAsync();
        await SetTranslationAsync(factory, "sd", Lede, "سنڀال لاءِ صحيح جاءِ ڳوليو", TranslationState.Machine);
        var client = factory.CreateBrowserClient();

        var before = await client.GetDocumentAsync("/?lang=sd");
        await SetTranslationAsync(factory, "sd", Lede, "سنڀال لاءِ صحيح جاءِ ڳوليو", TranslationState.Approved);
        var after = await client.GetDocumentAsync("/?lang=sd");

        var label = before.QuerySelector(".nhsuk-lede-text + .signpost-translation-label")!;
        Assert.Equal("/?lang=en", label.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("سنڀال لاءِ صحيح جاءِ ڳوليو", after.QuerySelector(".nhsuk-lede-text")!.TextContent);
        Assert.Null(after.QuerySelector(".nhsuk-lede-text + .signpost-translation-label"));
    }

    [Fact]
    public async Task Home_StaleTranslation_NotShown()
    {
        await using var factory = await SignpostWebFactory.CreateAsync();
        var row = await SetTranslationAsync(factory, "ckb", Lede, "شوێنی دروست بدۆزەرەوە", TranslationState.Approved);
        await using (var db = TestData.CreateDb(await TestDatabase.GetAsync()))
        {
            await db.Translations.Where(t => t.Id == row.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.SourceHash, SourceHash.Of("older English")));
        }
        factory.Services.GetRequiredService<TranslationCache>().Invalidate("ckb");

        var page = await factory.CreateBrowserClient().GetDocumentAsync("/?lang=ckb");

        Assert.Equal(Lede, page.QuerySelector(".nhsuk-lede-text")!.TextContent);
        Assert.Equal("en", page.QuerySelector(".nhsuk-lede-text")!.GetAttribute("lang"));
    }

    private static async Task<UnitTranslation> SetTranslationAsync(SignpostWebFactory factory, string language, string english, string text, string state)
    {
        _ = factory.Server; // starts the app, which registers the shipped UI units
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var unit = await db.TranslationUnits.SingleAsync(u => u.Key == SourceHash.UiKey(english));
        var row = await db.Translations.SingleOrDefaultAsync(t => t.UnitId == unit.Id && t.Language == language);
        if (row is null) db.Translations.Add(row = new UnitTranslation { UnitId = unit.Id, Language = language, ProducedBy = "test", ProducedAt = DateTimeOffset.UtcNow });
        (row.Text, row.State, row.SourceHash) = (text, state, unit.SourceHash);
        await db.SaveChangesAsync();
        factory.Services.GetRequiredService<TranslationCache>().Invalidate(language);
        return row;
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Core.ServiceDirectory;
using Signpost.Core.Translation;
using Signpost.TestCommon;

namespace Signpost.Web.Tests.Languages;

/// <summary>The directory's pages in other languages: shipped drafts for the words, directory fields as units (issue 3 × issue 4).</summary>
public class DirectoryInOtherLanguagesTests
{
    [Fact]
    public async Task ServicePage_InPolish_WordsFromTheShippedDraftAndUntranslatedFieldsMarkedEnglish()
    {
        await DirectoryTestData.EnsureSeededAsync();
        await using var factory = await SignpostWebFactory.CreateAsync();

        var page = await factory.CreateBrowserClient().GetDocumentAsync($"/services/{StableId.For("gp:E81004")}?lang=pl");

        Assert.Contains(page.QuerySelectorAll("h2"), h => h.TextContent == "Godziny otwarcia");
        Assert.Equal("en", page.QuerySelector(".nhsuk-lede-text")!.GetAttribute("lang"));
        Assert.NotNull(page.QuerySelector(".signpost-language-notice a[href='/languages#interpreter']"));
    }

    [Fact]
    public async Task ServicePage_DescriptionMachineTranslated_ShownWithTheNotCheckedLabel()
    {
        await using var factory = await SignpostWebFactory.CreateAsync();
        var service = await DirectoryTestData.AddServiceAsync(await TestDatabase.GetAsync());
        await TranslateAsync(factory, service, "pl", "Usługa utworzona przez test.", TranslationState.Machine);

        var page = await factory.CreateBrowserClient().GetDocumentAsync($"/services/{service.Id}?lang=pl");

        var description = page.QuerySelector(".nhsuk-lede-text")!;
        Assert.Equal(("Usługa utworzona przez test.", null), (description.TextContent, description.GetAttribute("lang")));
        Assert.NotNull(page.QuerySelector(".nhsuk-lede-text + .signpost-translation-label a[hreflang=en]"));
    }

    [Fact]
    public async Task ServicePage_DescriptionEditedAfterTranslation_ShowsTheNewEnglishNotTheOldTranslation()
    {
        await using var factory = await SignpostWebFactory.CreateAsync();
        var service = await DirectoryTestData.AddServiceAsync(await TestDatabase.GetAsync());
        await TranslateAsync(factory, service, "ro", "Un serviciu creat de un test.", TranslationState.Approved);
        await using (var db = TestData.CreateDb(await TestDatabase.GetAsync()))
        {
            await db.DirectoryServices.Where(s => s.Id == service.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Description, "Now open on Saturdays too."));
        }

        var page = await factory.CreateBrowserClient().GetDocumentAsync($"/services/{service.Id}?lang=ro");

        Assert.Equal(("Now open on Saturdays too.", "en"), (page.QuerySelector(".nhsuk-lede-text")!.TextContent, page.QuerySelector(".nhsuk-lede-text")!.GetAttribute("lang")));
    }

    [Fact]
    public async Task ServicePage_FieldThatSaysCall999OnlyMachineTranslated_ShownInEnglish()
    {
        await using var factory = await SignpostWebFactory.CreateAsync();
        var service = await DirectoryTestData.AddServiceAsync(await TestDatabase.GetAsync(), s => s.Description = "If someone's life is at risk, call 999 now.");
        await TranslateAsync(factory, service, "it", "Se una vita è in pericolo, chiami subito il 999.", TranslationState.Machine);

        var page = await factory.CreateBrowserClient().GetDocumentAsync($"/services/{service.Id}?lang=it");

        Assert.Equal("If someone's life is at risk, call 999 now.", page.QuerySelector(".nhsuk-lede-text")!.TextContent);
    }

    [Fact]
    public async Task Search_BadPostcodeInPolish_MessageInPolish()
    {
        await DirectoryTestData.EnsureSeededAsync();
        await using var factory = await SignpostWebFactory.CreateAsync();

        var page = await factory.CreateBrowserClient().GetDocumentAsync("/services?Postcode=XX1&lang=pl");

        Assert.Contains("Podaj prawdziwy kod pocztowy, np. LU1 2QP", page.QuerySelector("#Postcode-error")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".nhsuk-error-summary [lang=en]"));
    }

    [Fact]
    public async Task Search_ResultsInUrdu_CountAndDistanceInUrduRightToLeft()
    {
        await DirectoryTestData.EnsureSeededAsync();
        await using var factory = await SignpostWebFactory.CreateAsync();

        var page = await factory.CreateBrowserClient().GetDocumentAsync("/services?Category=pharmacy-first&Postcode=LU1+2QP&lang=ur");

        Assert.Equal(("ur", "rtl"), (page.DocumentElement.GetAttribute("lang"), page.DocumentElement.GetAttribute("dir")));
        Assert.Contains("سروسز ملیں", page.QuerySelector("#results")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("میل دور", page.QuerySelector(".signpost-distance")!.TextContent, StringComparison.Ordinal);
    }

    private static async Task TranslateAsync(SignpostWebFactory factory, DirectoryService service, string language, string text, string state)
    {
        _ = factory.Server;
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        await new DirectoryTextRegistration(db, TimeProvider.System).RegisterServicesAsync([service.Id]);
        var unit = await db.TranslationUnits.SingleAsync(u => u.Key == $"directory:service:{service.Id}:description");
        db.Translations.Add(new UnitTranslation { UnitId = unit.Id, Language = language, Text = text, State = state, SourceHash = unit.SourceHash, ProducedBy = "test", ProducedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        factory.Services.GetRequiredService<TranslationCache>().Invalidate(language);
    }
}

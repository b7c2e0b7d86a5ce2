using Microsoft.EntityFrameworkCore;
using Signpost.Core.Languages;
using Signpost.Core.Translation;
using Signpost.Core.Translation.Machine;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.Translation.Machine;

/// <summary>Against a real Apertium APy with Debian's apertium-eng-spa. Skipped only when no APy can be started, saying why.</summary>
public class ApertiumIntegrationTests(ApertiumServer apy) : IClassFixture<ApertiumServer>
{
    private static Language Spanish => LanguageCatalogue.Default.Find("es")!;

    [SkippableFact]
    public async Task Supports_EnglishToSpanish_YesButNotUrdu()
    {
        var translator = Create();

        Assert.True(await translator.SupportsAsync(LanguageCatalogue.Default.English, Spanish, CancellationToken.None));
        Assert.False(await translator.SupportsAsync(LanguageCatalogue.Default.English, LanguageCatalogue.Default.Find("ur")!, CancellationToken.None));
    }

    [SkippableFact]
    public async Task Translate_Batch_SpanishForEach()
    {
        var result = await Create().TranslateAsync(["Good morning", "The pharmacy is open today"], LanguageCatalogue.Default.English, Spanish, CancellationToken.None);

        Assert.Equal(2, result.Count);
        Assert.Contains("farmacia", result[1], StringComparison.OrdinalIgnoreCase);
    }

    [SkippableFact]
    public async Task Run_UnitWithProtectedTokens_StoredAsMachineWith999AndPhoneKept()
    {
        var database = await TestDatabase.GetAsync();
        await using var db = TestData.CreateDb(database);
        var key = "test:apy:" + Guid.NewGuid().ToString("N");
        await new TranslationMemory(db, TimeProvider.System).RegisterAsync([new UnitSource(key, UnitKind.Advice,
            "Call 999 if someone is seriously ill. For other urgent help call 111 or the practice on 01582 497000.", SafetyCritical: true)]);
        var run = new MachineTranslationRun(db, new TranslationGuards(db), TimeProvider.System);

        var report = await run.RunAsync(Spanish, Create(), batchSize: 10, keyPrefix: key);

        Assert.Equal((1, 0, 0), (report.Translated, report.Rejected, report.Skipped));
        var row = await db.Translations.AsNoTracking().SingleAsync(t => t.Unit!.Key == key && t.Language == "es");
        Assert.Equal((TranslationState.Machine, "machine:apertium"), (row.State, row.ProducedBy));
        Assert.Contains("999", row.Text, StringComparison.Ordinal);
        Assert.Contains("111", row.Text, StringComparison.Ordinal);
        Assert.Contains("01582 497000", row.Text, StringComparison.Ordinal);
        Assert.NotEqual(SourceHash.Normalise("Call 999 if someone is seriously ill. For other urgent help call 111 or the practice on 01582 497000."), row.Text);
    }

    private IMachineTranslator Create()
    {
        Skip.If(apy.Url is null, "No Apertium APy: " + apy.Unavailable);
        return MachineTranslators.Create(new MachineTranslationOptions { Provider = "apertium", Url = apy.Url!.ToString() }, new HttpClient())!;
    }
}

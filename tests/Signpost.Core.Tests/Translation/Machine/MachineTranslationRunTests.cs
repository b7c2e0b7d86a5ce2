using Microsoft.EntityFrameworkCore;
using Signpost.Core.Languages;
using Signpost.Core.Translation;
using Signpost.Core.Translation.Machine;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.Translation.Machine;

public class MachineTranslationRunTests
{
    [Fact]
    public async Task Run_ServerDrops999_RejectedAndReportedNotStored()
    {
        var (db, key) = await UnitAsync("Call 999 now.");
        await using var server = new FakeHttpServer(_ => (200, """{"translatedText": ["Zadzwoń teraz."]}"""));

        var report = await Run(db, server, "mk", key);

        Assert.Equal((0, 1), (report.Translated, report.Rejected));
        Assert.False(await db.Translations.AnyAsync(t => t.Unit!.Key == key && t.Language == "mk"));
        var unitId = await db.TranslationUnits.Where(u => u.Key == key).Select(u => u.Id).SingleAsync();
        Assert.Contains("“999” was lost", await db.TranslationRejections.Where(r => r.UnitId == unitId).Select(r => r.Reason).SingleAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ServerDown_SkippedAndNothingStored()
    {
        var (db, key) = await UnitAsync("Open today.");
        var url = $"http://127.0.0.1:{FakeHttpServer.FreePort()}/";
        var translator = MachineTranslators.Create(new MachineTranslationOptions { Provider = "libretranslate", Url = url, Retries = 0, TimeoutSeconds = 2 }, new HttpClient())!;

        var report = await new MachineTranslationRun(db, new TranslationGuards(db), TimeProvider.System).RunAsync(LanguageCatalogue.Default.Find("be")!, translator, 500, keyPrefix: key);

        Assert.Equal((0, 0, 1), (report.Translated, report.Rejected, report.Skipped));

        Assert.False(await db.Translations.AnyAsync(t => t.Unit!.Key == key && t.Language == "be"));
    }

    private static async Task<MachineTranslationReport> Run(Signpost.Core.Data.SignpostDb db, FakeHttpServer server, string language, string key)
    {
        var translator = MachineTranslators.Create(new MachineTranslationOptions { Provider = "libretranslate", Url = server.Url.ToString() }, new HttpClient())!;
        return await new MachineTranslationRun(db, new TranslationGuards(db), TimeProvider.System).RunAsync(LanguageCatalogue.Default.Find(language)!, translator, 1, keyPrefix: key);
    }

    private static async Task<(Signpost.Core.Data.SignpostDb, string)> UnitAsync(string english)
    {
        var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var key = "test:run:" + Guid.NewGuid().ToString("N");
        await new TranslationMemory(db, TimeProvider.System).RegisterAsync([new UnitSource(key, UnitKind.Advice, english)]);
        return (db, key);
    }
}

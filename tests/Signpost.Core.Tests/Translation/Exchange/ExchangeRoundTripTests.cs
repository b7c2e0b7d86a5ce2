using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Data;
using Signpost.Core.Translation;
using Signpost.Core.Translation.Exchange;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.Translation.Exchange;

public class ExchangeRoundTripTests
{
    [Theory]
    [InlineData(ExchangeFormat.Po)]
    [InlineData(ExchangeFormat.Xliff)]
    public async Task ExportClearImportExport_IdenticalFileAndStates(ExchangeFormat format)
    {
        var (db, prefix) = await SeedAsync();
        var exchange = Create(db);
        var first = await ExportAsync(exchange, format, prefix);
        var before = await StatesAsync(db, prefix);
        await db.Translations.Where(t => t.Language == "ur" && t.Unit!.Key.StartsWith(prefix)).ExecuteDeleteAsync();

        var report = await exchange.ImportAsync("ur", format, new StringReader(first), "file", AuditActor.CommandLine);

        Assert.Empty(report.Problems);
        Assert.Equal(4, report.Updated);
        Assert.Equal(before, await StatesAsync(db, prefix));
        Assert.Equal(first, await ExportAsync(exchange, format, prefix));
    }

    [Theory]
    [InlineData(ExchangeFormat.Po)]
    [InlineData(ExchangeFormat.Xliff)]
    public async Task Import_SameFileAgain_ChangesNothing(ExchangeFormat format)
    {
        var (db, prefix) = await SeedAsync();
        var exchange = Create(db);
        var file = await ExportAsync(exchange, format, prefix);

        var report = await exchange.ImportAsync("ur", format, new StringReader(file), "file", AuditActor.CommandLine);

        Assert.Equal((0, 5), (report.Updated, report.Unchanged));
    }

    [Fact]
    public async Task Import_EditedByATranslatorInPo_BecomesReviewedAndAudited()
    {
        var (db, prefix) = await SeedAsync();
        var exchange = Create(db);
        var file = (await ExportAsync(exchange, ExchangeFormat.Po, prefix)).Replace("#, fuzzy, ", "#, ", StringComparison.Ordinal).Replace("مشین", "انسانی", StringComparison.Ordinal);

        var report = await exchange.ImportAsync("ur", ExchangeFormat.Po, new StringReader(file), "file", AuditActor.CommandLine);

        Assert.Empty(report.Problems);
        var row = await db.Translations.AsNoTracking().SingleAsync(t => t.Unit!.Key == prefix + "machine" && t.Language == "ur");
        Assert.Equal((TranslationState.Reviewed, "انسانی ترجمہ 999"), (row.State, row.Text));
        Assert.True(await db.AuditLog.AnyAsync(a => a.Action == "translation.imported" && a.EntityId == prefix + "machine"));
    }

    [Fact]
    public async Task Import_OneEntryLoses999_NothingImported()
    {
        var (db, prefix) = await SeedAsync();
        var exchange = Create(db);
        var file = (await ExportAsync(exchange, ExchangeFormat.Po, prefix)).Replace("منظور شدہ 999", "منظور شدہ", StringComparison.Ordinal).Replace("مشین", "انسانی", StringComparison.Ordinal);

        var report = await exchange.ImportAsync("ur", ExchangeFormat.Po, new StringReader(file), "file", AuditActor.CommandLine);

        Assert.Single(report.Problems);
        Assert.Contains("999", report.Problems[0], StringComparison.Ordinal);
        Assert.Equal("مشین ترجمہ 999", await db.Translations.Where(t => t.Unit!.Key == prefix + "machine" && t.Language == "ur").Select(t => t.Text).SingleAsync());
    }

    [Fact]
    public async Task Import_FileForAnotherLanguage_Refused()
    {
        var (db, prefix) = await SeedAsync();
        var exchange = Create(db);
        var file = await ExportAsync(exchange, ExchangeFormat.Xliff, prefix);

        var report = await exchange.ImportAsync("pl", ExchangeFormat.Xliff, new StringReader(file), "ur.xlf", AuditActor.CommandLine);

        Assert.Contains("not “pl”", report.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_NotXml_ClearError()
    {
        var (db, _) = await SeedAsync();

        var error = await Assert.ThrowsAsync<TranslationException>(() => Create(db).ImportAsync("ur", ExchangeFormat.Xliff, new StringReader("<xliff"), "broken.xlf", AuditActor.CommandLine));

        Assert.StartsWith("broken.xlf line 1", error.Message, StringComparison.Ordinal);
    }

    // Five units: machine, reviewed and approved translations, one stale, one missing; a quote, a newline and a tab survive.
    private static async Task<(SignpostDb, string)> SeedAsync()
    {
        var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var prefix = $"test:x{Guid.NewGuid():N}:";
        await new TranslationMemory(db, TimeProvider.System).RegisterAsync(
        [
            new UnitSource(prefix + "machine", UnitKind.Advice, "Machine \"quoted\" 999", SafetyCritical: true, Context: "Shown on the home page"),
            new UnitSource(prefix + "reviewed", UnitKind.Directory, "Reviewed line one\nline two\twith a tab"),
            new UnitSource(prefix + "approved", UnitKind.Ui, "Approved 999"),
            new UnitSource(prefix + "stale", UnitKind.Directory, "Stale English"),
            new UnitSource(prefix + "missing", UnitKind.Glossary, "Missing"),
        ]);
        await Add(db, prefix + "machine", "مشین ترجمہ 999", TranslationState.Machine);
        await Add(db, prefix + "reviewed", "نظرثانی \"شدہ\"\nدوسری سطر\tٹیب", TranslationState.Reviewed);
        await Add(db, prefix + "approved", "منظور شدہ 999", TranslationState.Approved);
        var stale = await Add(db, prefix + "stale", "پرانا ترجمہ", TranslationState.Reviewed);
        await db.Translations.Where(t => t.Id == stale.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.SourceHash, SourceHash.Of("Older English")));
        return (db, prefix);
    }

    private static Task<UnitTranslation> Add(SignpostDb db, string key, string text, string state) =>
        TranslationMemoryTests.AddTranslationAsync(db, key, "ur", text, state);

    private static TranslationExchange Create(SignpostDb db) => new(db, new AuditLog(db, TimeProvider.System), new TranslationGuards(db), TimeProvider.System);

    private static async Task<string> ExportAsync(TranslationExchange exchange, ExchangeFormat format, string prefix)
    {
        var writer = new StringWriter();
        await exchange.ExportAsync("ur", format, writer, prefix);
        return writer.ToString();
    }

    private static async Task<List<string>> StatesAsync(SignpostDb db, string prefix) =>
        (await db.Translations.AsNoTracking().Include(t => t.Unit).Where(t => t.Language == "ur" && t.Unit!.Key.StartsWith(prefix)).ToListAsync())
            .OrderBy(t => t.Unit!.Key).Select(t => $"{t.Unit!.Key}|{t.Text}|{t.State}|{t.SourceHash == t.Unit.SourceHash}").ToList();
}

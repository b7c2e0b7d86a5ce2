using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Translation;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.Translation;

public class TranslationMemoryTests
{
    [Fact]
    public async Task Register_NewUnit_StoredWithHashOfItsEnglish()
    {
        var (db, memory) = await CreateAsync();
        var key = UniqueKey();

        var changed = await memory.RegisterAsync([new UnitSource(key, UnitKind.Directory, "  Open on Saturdays \r\n")]);

        var unit = await db.TranslationUnits.SingleAsync(u => u.Key == key);
        Assert.Equal(1, changed);
        Assert.Equal("Open on Saturdays", unit.SourceText);
        Assert.Equal(SourceHash.Of("Open on Saturdays"), unit.SourceHash);
    }

    [Fact]
    public async Task Register_SameEnglishAgain_ChangesNothing()
    {
        var (_, memory) = await CreateAsync();
        var unit = new UnitSource(UniqueKey(), UnitKind.Directory, "Walk in, no appointment needed");
        await memory.RegisterAsync([unit]);

        Assert.Equal(0, await memory.RegisterAsync([unit]));
    }

    [Fact]
    public async Task Register_EnglishChanged_TranslationBecomesStaleAndIsNotCurrent()
    {
        var (db, memory) = await CreateAsync();
        var key = UniqueKey();
        await memory.RegisterAsync([new UnitSource(key, UnitKind.Directory, "Open on Saturdays")]);
        await AddTranslationAsync(db, key, "pl", "Otwarte w soboty", TranslationState.Approved);
        Assert.True((await memory.CurrentAsync("pl", [key])).ContainsKey(key));

        await memory.RegisterAsync([new UnitSource(key, UnitKind.Directory, "Open on Saturdays and Sundays")]);

        Assert.False((await memory.CurrentAsync("pl", [key])).ContainsKey(key));
        var row = await db.Translations.AsNoTracking().Include(t => t.Unit).SingleAsync(t => t.Unit!.Key == key);
        Assert.True(row.IsStaleFor(row.Unit!));
    }

    [Fact]
    public async Task Register_UnknownKind_Refused()
    {
        var (_, memory) = await CreateAsync();

        await Assert.ThrowsAsync<TranslationException>(() => memory.RegisterAsync([new UnitSource(UniqueKey(), "poem", "Roses")]));
    }

    internal static string UniqueKey() => "test:" + Guid.NewGuid().ToString("N");

    internal static async Task<(Signpost.Core.Data.SignpostDb Db, TranslationMemory Memory)> CreateAsync()
    {
        var db = TestData.CreateDb(await TestDatabase.GetAsync());
        return (db, new TranslationMemory(db, TimeProvider.System));
    }

    internal static async Task<UnitTranslation> AddTranslationAsync(Signpost.Core.Data.SignpostDb db, string key, string language, string text, string state)
    {
        var unit = await db.TranslationUnits.SingleAsync(u => u.Key == key);
        var row = new UnitTranslation
        {
            UnitId = unit.Id, Language = language, Text = text, State = state, SourceHash = unit.SourceHash,
            ProducedBy = "test", ProducedAt = DateTimeOffset.UtcNow,
        };
        db.Translations.Add(row);
        await db.SaveChangesAsync();
        return row;
    }

    internal static AuditActor Translator(string email) => AuditActor.User(email, "127.0.0.1");
}

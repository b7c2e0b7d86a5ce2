using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Translation;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.Translation;

public class TranslationReviewTests
{
    [Fact]
    public async Task Save_Reviewed_StoredWithWhoAndAudited()
    {
        var (db, memory) = await TranslationMemoryTests.CreateAsync();
        var key = TranslationMemoryTests.UniqueKey();
        await memory.RegisterAsync([new UnitSource(key, UnitKind.Advice, "Call 999 in an emergency.", SafetyCritical: true)]);
        var unit = await db.TranslationUnits.SingleAsync(u => u.Key == key);
        var email = TestData.UniqueEmail("translator");

        var result = await Review(db).SaveAsync(new SaveTranslationOptions(unit.Id, "pl", "W nagłych wypadkach dzwoń pod 999.", TranslationState.Reviewed, TranslationMemoryTests.Translator(email)));

        Assert.True(result.Saved);
        var row = await db.Translations.AsNoTracking().SingleAsync(t => t.UnitId == unit.Id);
        Assert.Equal((TranslationState.Reviewed, email, "user:" + email), (row.State, row.ReviewedBy, row.ProducedBy));
        Assert.True(await db.AuditLog.AnyAsync(a => a.EntityId == key && a.Action == "translation.reviewed" && a.Actor == email));
    }

    [Fact]
    public async Task Save_Lost999_RefusedAndNothingSaved()
    {
        var (db, memory) = await TranslationMemoryTests.CreateAsync();
        var key = TranslationMemoryTests.UniqueKey();
        await memory.RegisterAsync([new UnitSource(key, UnitKind.Advice, "Call 999 in an emergency.", SafetyCritical: true)]);
        var unit = await db.TranslationUnits.SingleAsync(u => u.Key == key);

        var result = await Review(db).SaveAsync(new SaveTranslationOptions(unit.Id, "pl", "Dzwoń pod 112.", TranslationState.Approved, TranslationMemoryTests.Translator("t@test.nhs.uk")));

        Assert.False(result.Saved);
        Assert.Contains("Keep “999” exactly as in the English", result.Problems);
        Assert.False(await db.Translations.AnyAsync(t => t.UnitId == unit.Id));
    }

    [Fact]
    public async Task Approve_MachineTranslation_BecomesApprovedAndAudited()
    {
        var (db, memory) = await TranslationMemoryTests.CreateAsync();
        var key = TranslationMemoryTests.UniqueKey();
        await memory.RegisterAsync([new UnitSource(key, UnitKind.Directory, "Open every day")]);
        var row = await TranslationMemoryTests.AddTranslationAsync(db, key, "ro", "Deschis în fiecare zi", TranslationState.Machine);

        var result = await Review(db).ApproveAsync(row.UnitId, "ro", TranslationMemoryTests.Translator("approver@test.nhs.uk"));

        Assert.True(result.Saved);
        var saved = await db.Translations.AsNoTracking().SingleAsync(t => t.Id == row.Id);
        Assert.Equal((TranslationState.Approved, "approver@test.nhs.uk", "test"), (saved.State, saved.ApprovedBy, saved.ProducedBy));
        Assert.True(await db.AuditLog.AnyAsync(a => a.EntityId == key && a.Action == "translation.approved"));
    }

    [Fact]
    public async Task Approve_StaleTranslation_Refused()
    {
        var (db, memory) = await TranslationMemoryTests.CreateAsync();
        var key = TranslationMemoryTests.UniqueKey();
        await memory.RegisterAsync([new UnitSource(key, UnitKind.Directory, "Open every day")]);
        var row = await TranslationMemoryTests.AddTranslationAsync(db, key, "ro", "Deschis în fiecare zi", TranslationState.Machine);
        await memory.RegisterAsync([new UnitSource(key, UnitKind.Directory, "Open every weekday")]);

        var result = await Review(db).ApproveAsync(row.UnitId, "ro", TranslationMemoryTests.Translator("approver@test.nhs.uk"));

        Assert.False(result.Saved);
        Assert.Contains("English has changed", result.Problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_English_Refused()
    {
        var (db, memory) = await TranslationMemoryTests.CreateAsync();
        var key = TranslationMemoryTests.UniqueKey();
        await memory.RegisterAsync([new UnitSource(key, UnitKind.Directory, "Open")]);
        var unit = await db.TranslationUnits.SingleAsync(u => u.Key == key);

        var result = await Review(db).SaveAsync(new SaveTranslationOptions(unit.Id, "en", "Open", TranslationState.Approved, AuditActor.System));

        Assert.False(result.Saved);
    }

    private static TranslationReview Review(Signpost.Core.Data.SignpostDb db) =>
        new(db, new AuditLog(db, TimeProvider.System), new TranslationGuards(db), TimeProvider.System);
}

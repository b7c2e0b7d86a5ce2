using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Languages;
using Signpost.Core.Translation;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.Translation;

public partial class ShippedCataloguesTests
{
    [Fact]
    public void Template_ListsEveryStringThePagesTranslate()
    {
        var template = ShippedCatalogues.Template().Select(u => u.English).ToHashSet();
        var web = Path.Combine(RepositoryPaths.Root(), "src", "Signpost.Web");
        var used = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal)) && !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal))
            .SelectMany(f => UiString().Matches(File.ReadAllText(f)).Select(m => (m.Groups["a"].Success ? m.Groups["a"] : m.Groups["b"]).Value.Replace("\\\"", "\"", StringComparison.Ordinal)))
            .ToHashSet();

        Assert.True(used.Count > 30);
        Assert.Empty(used.Except(template));
    }

    [Fact]
    public void Languages_AreTheTenMostSpokenNonEnglishMainLanguagesInTheCensus()
    {
        var expected = LanguageCatalogue.Default.All.Where(l => l.Code != "en" && l.BlmkSpeakers is not null)
            .DistinctBy(l => l.CensusCategory).Take(10).Select(l => l.Code).Order();

        Assert.Equal(expected, ShippedCatalogues.Languages().Order());
    }

    [Fact]
    public void Catalogues_CoverEveryNonSafetyCriticalUiStringAndPassTheChecks()
    {
        var template = ShippedCatalogues.Template();
        var wanted = template.Where(u => !u.SafetyCritical).Select(u => u.English).ToHashSet();
        var safety = template.Where(u => u.SafetyCritical).Select(u => u.English).ToHashSet();
        var guard = new TranslationGuard();
        foreach (var language in ShippedCatalogues.Languages())
        {
            var entries = ShippedCatalogues.Catalogue(language);
            Assert.True(wanted.SetEquals(entries.Select(e => e.Id)), $"{language}.po does not cover the template");
            Assert.DoesNotContain(entries, e => safety.Contains(e.Id));
            Assert.All(entries, e => Assert.True(guard.Check(e.Id, e.Str).Count == 0, $"{language}: {e.Id} → {string.Join("; ", guard.Check(e.Id, e.Str))}"));
        }
    }

    [Fact]
    public async Task Load_AddsDraftsAsMachine_NeverOverATranslatorsWork()
    {
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var loader = new ShippedCatalogueLoader(db, new TranslationMemory(db, TimeProvider.System), TimeProvider.System);
        await loader.LoadAsync();
        var key = SourceHash.UiKey("Skip to main content");
        var row = await db.Translations.Include(t => t.Unit).SingleAsync(t => t.Unit!.Key == key && t.Language == "gu");
        Assert.Equal((TranslationState.Machine, ShippedCatalogues.ProducedBy), (row.State, row.ProducedBy));

        (row.Text, row.State) = ("મુખ્ય સામગ્રી પર જાઓ (ચકાસેલ)", TranslationState.Reviewed);
        await db.SaveChangesAsync();
        await loader.LoadAsync();

        var after = await db.Translations.AsNoTracking().SingleAsync(t => t.Id == row.Id);
        Assert.Equal(TranslationState.Reviewed, after.State);
    }

    [GeneratedRegex(@"(?:\bT|\bt|\bthis)\[\s*""(?<a>(?:[^""\\]|\\.)*)""\s*\]|\bT\.(?:SafetyCritical|Plain|Paragraph)\(\s*""(?<b>(?:[^""\\]|\\.)*)""")]
    private static partial Regex UiString();
}

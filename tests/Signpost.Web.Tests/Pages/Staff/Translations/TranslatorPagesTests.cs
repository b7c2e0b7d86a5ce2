using System.Net;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Translation;
using Signpost.TestCommon;

namespace Signpost.Web.Tests.Pages.Staff.Translations;

public class TranslatorPagesTests
{
    private const string Lede = "Find the right place for care, ask your GP practice for help, and book with the right person.";

    [Fact]
    public async Task Queue_Navigator_AccessDenied()
    {
        var database = await TestDatabase.GetAsync();
        var user = await TestData.AddStaffUserAsync(database, StaffRoles.Navigator);
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = await factory.SignedInClientAsync(user.Email);

        var response = await client.GetAsync(new Uri("/staff/translations/ur", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queue_Translator_ListsMachineUnitWithEnglishSideBySide()
    {
        var (factory, client) = await TranslatorAsync();
        await using var _ = factory;
        var key = await UnitWithMachineTranslationAsync("Wheelchair access at the side door", "si", "රෝද පුටු ප්‍රවේශය පැති දොරෙන්");

        var page = await client.GetDocumentAsync("/staff/translations/si?show=machine");

        var row = page.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("td[lang=en]")!.TextContent.Contains("Wheelchair access at the side door", StringComparison.Ordinal));
        Assert.Equal("රෝද පුටු ප්‍රවේශය පැති දොරෙන්", row.QuerySelector("td[lang=si]")!.TextContent);
        Assert.Equal("machine", row.QuerySelector(".nhsuk-tag")!.TextContent);
        Assert.NotNull(key);
    }

    [Fact]
    public async Task Edit_TranslatorApprovesHomeLede_LabelDisappearsFromHomePageAndAudited()
    {
        var (factory, client) = await TranslatorAsync();
        await using var _ = factory;
        var unitId = await SetUiTranslationAsync(Lede, "ne", "हेरचाहको लागि सही ठाउँ खोज्नुहोस्।");
        var before = await client.GetDocumentAsync("/?lang=ne");

        var response = await client.PostFormAsync($"/staff/translations/ne/{unitId}", new Dictionary<string, string> { ["Text"] = "हेरचाहको लागि सही ठाउँ खोज्नुहोस्।", ["Decision"] = "approved" });
        var after = await client.GetDocumentAsync("/?lang=ne");

        Assert.NotNull(before.QuerySelector(".nhsuk-lede-text + .signpost-translation-label"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(after.QuerySelector(".nhsuk-lede-text + .signpost-translation-label"));
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var entries = await db.AuditLog.Where(a => a.Action == "translation.approved" && a.EntityId == SourceHash.UiKey(Lede)).ToListAsync();
        Assert.Contains(entries, a => a.Details!.Contains("\"ne\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Edit_TranslationWithout999_ErrorSummaryAndNotSaved()
    {
        var (factory, client) = await TranslatorAsync();
        await using var _ = factory;
        var key = "test:web:" + Guid.NewGuid().ToString("N");
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        await new TranslationMemory(db, TimeProvider.System).RegisterAsync([new UnitSource(key, UnitKind.Advice, "Call 999 if you have chest pain.", SafetyCritical: true)]);
        var unitId = await db.TranslationUnits.Where(u => u.Key == key).Select(u => u.Id).SingleAsync();

        var response = await client.PostFormAsync($"/staff/translations/so/{unitId}", new Dictionary<string, string> { ["Text"] = "Wac haddii aad laabta xanuun kuu hayo.", ["Decision"] = "approved" });
        var page = await WebTestHelpers.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Keep “999” exactly as in the English", page.QuerySelector(".nhsuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.False(await db.Translations.AnyAsync(t => t.UnitId == unitId));
    }

    [Fact]
    public async Task Edit_UnknownLanguage_404()
    {
        var (factory, client) = await TranslatorAsync();
        await using var _ = factory;

        var response = await client.GetAsync(new Uri("/staff/translations/xx/1", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<(SignpostWebFactory, HttpClient)> TranslatorAsync()
    {
        var user = await TestData.AddStaffUserAsync(await TestDatabase.GetAsync(), StaffRoles.Translator);
        var factory = await SignpostWebFactory.CreateAsync();
        return (factory, await factory.SignedInClientAsync(user.Email));
    }

    private static async Task<string> UnitWithMachineTranslationAsync(string english, string language, string text)
    {
        var key = "test:web:" + Guid.NewGuid().ToString("N");
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        await new TranslationMemory(db, TimeProvider.System).RegisterAsync([new UnitSource(key, UnitKind.Directory, english)]);
        var unit = await db.TranslationUnits.SingleAsync(u => u.Key == key);
        db.Translations.Add(new UnitTranslation { UnitId = unit.Id, Language = language, Text = text, State = TranslationState.Machine, SourceHash = unit.SourceHash, ProducedBy = "test", ProducedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        return key;
    }

    private static async Task<long> SetUiTranslationAsync(string english, string language, string text)
    {
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var unit = await db.TranslationUnits.SingleAsync(u => u.Key == SourceHash.UiKey(english));
        db.Translations.Add(new UnitTranslation { UnitId = unit.Id, Language = language, Text = text, State = TranslationState.Machine, SourceHash = unit.SourceHash, ProducedBy = "test", ProducedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        return unit.Id;
    }
}

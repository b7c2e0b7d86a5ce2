using Microsoft.EntityFrameworkCore;
using Signpost.Core.ServiceDirectory;
using Signpost.Core.Translation;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.ServiceDirectory;

public class DirectoryTextRegistrationTests
{
    [Fact]
    public async Task SeedAsync_Directory_ServiceFieldsTermsAndKeyTermsAreTranslationUnits()
    {
        await DirectoryTestData.EnsureSeededAsync();
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var practice = await db.DirectoryServices.AsNoTracking().SingleAsync(s => s.SourceKey == "gp:E81004");

        var units = await db.TranslationUnits.AsNoTracking()
            .Where(u => u.Key == $"directory:service:{practice.Id}:description" || u.Key == "directory:key_term:general-practice:definition"
                || u.Key.StartsWith("directory:taxonomy_term:"))
            .ToListAsync();

        var description = units.Single(u => u.Key.StartsWith("directory:service:", StringComparison.Ordinal));
        Assert.Equal((UnitKind.Directory, practice.Description, false), (description.Kind, description.SourceText, description.SafetyCritical));
        Assert.Contains(units, u => u.Key == "directory:key_term:general-practice:definition");
        Assert.True(units.Count(u => u.Key.StartsWith("directory:taxonomy_term:", StringComparison.Ordinal)) > 26);
    }

    [Fact]
    public async Task SeedAsync_EmergencyService_ItsTextIsSafetyCritical()
    {
        await DirectoryTestData.EnsureSeededAsync();
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var emergency = await db.DirectoryServices.AsNoTracking().SingleAsync(s => s.SourceKey == "demo:ldh-a-and-e");

        var units = await db.TranslationUnits.AsNoTracking().Where(u => u.Key.StartsWith($"directory:service:{emergency.Id}:")).ToListAsync();

        Assert.NotEmpty(units);
        Assert.All(units, u => Assert.True(u.SafetyCritical, u.Key));
    }

    [Theory]
    [InlineData("If someone is seriously ill, call 999.", true)]
    [InlineData("Walk in, no appointment needed.", false)]
    [InlineData("Call 01632 960999 to book.", false)]
    public void Service_TextMentions999_SafetyCritical(string english, bool safetyCritical)
    {
        Assert.Equal(safetyCritical, DirectoryTextUnits.Service(Guid.NewGuid(), "description", english).SafetyCritical);
    }

    [Fact]
    public async Task RegisterServicesAsync_DescriptionEdited_ItsTranslationsBecomeStale()
    {
        var database = await TestDatabase.GetAsync();
        var service = await DirectoryTestData.AddServiceAsync(database);
        await using var db = TestData.CreateDb(database);
        var registration = new DirectoryTextRegistration(db, TimeProvider.System);
        var memory = new TranslationMemory(db, TimeProvider.System);
        var key = $"directory:service:{service.Id}:description";
        await registration.RegisterServicesAsync([service.Id]);
        var unit = await db.TranslationUnits.SingleAsync(u => u.Key == key);
        db.Translations.Add(new UnitTranslation { UnitId = unit.Id, Language = "pl", Text = "Usługa utworzona przez test.", State = TranslationState.Approved, SourceHash = unit.SourceHash, ProducedBy = "test", ProducedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        Assert.Single(await memory.CurrentAsync("pl", [key]));

        await db.DirectoryServices.Where(s => s.Id == service.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Description, "A service a test has since changed."));
        await registration.RegisterServicesAsync([service.Id]);

        Assert.Empty(await memory.CurrentAsync("pl", [key]));
    }
}

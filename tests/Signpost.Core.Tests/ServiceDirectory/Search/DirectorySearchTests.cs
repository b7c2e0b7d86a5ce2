using Signpost.Core.ServiceDirectory;
using Signpost.Core.ServiceDirectory.Hours;
using Signpost.Core.ServiceDirectory.Search;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.ServiceDirectory.Search;

public class DirectorySearchTests
{
    private static readonly GeoPoint LutonCentre = new(51.880583, -0.418488); // LU1 2QP

    private static async Task<DirectorySearch> SearchAsync()
    {
        var database = await TestDatabase.GetAsync();
        return new DirectorySearch(database.DataSource, new BankHolidayCalendar(database.DataSource, TimeProvider.System), TimeProvider.System);
    }

    private static OpeningBand Band(short day, int opens, int closes) => new() { Day = day, OpensMinute = opens, ClosesMinute = closes };

    [Fact]
    public async Task SearchAsync_NearAPostcode_NearestFirstWithMiles()
    {
        var database = await TestDatabase.GetAsync();
        var far = await DirectoryTestData.AddServiceAsync(database, latitude: 51.95, longitude: -0.42);
        var word = far.Name.Split(' ')[^1];
        var near = await DirectoryTestData.AddServiceAsync(database, s => s.Name = "Near " + word, latitude: 51.881, longitude: -0.419);

        var result = await (await SearchAsync()).SearchAsync(new DirectorySearchOptions { Text = word, Near = LutonCentre, RadiusMiles = 10 });

        Assert.Equal([near.Id, far.Id], result.Hits.Select(h => h.ServiceId));
        Assert.InRange(result.Hits[1].Miles!.Value, 4.7, 4.9);
    }

    [Fact]
    public async Task SearchAsync_OutsideTheRadius_NotFound()
    {
        var database = await TestDatabase.GetAsync();
        var service = await DirectoryTestData.AddServiceAsync(database, latitude: 52.2, longitude: -0.42);

        var result = await (await SearchAsync()).SearchAsync(new DirectorySearchOptions { Text = service.Name, Near = LutonCentre, RadiusMiles = 10 });

        Assert.Empty(result.Hits);
    }

    [Fact]
    public async Task SearchAsync_OpenAtOnABankHoliday_UsesBankHolidayHours()
    {
        var database = await TestDatabase.GetAsync();
        var weekdaysOnly = await DirectoryTestData.AddServiceAsync(database, s => s.OpeningBands = [Band(1, 540, 1020)], 51.88, -0.42);
        var word = weekdaysOnly.Name.Split(' ')[^1];
        var bankHolidays = await DirectoryTestData.AddServiceAsync(database, s =>
        {
            s.Name = "Bank holiday " + word;
            s.OpeningBands = [Band(1, 540, 1020), Band(OpeningBand.BankHolidays, 600, 840)];
        }, 51.88, -0.42);

        var result = await (await SearchAsync()).SearchAsync(new DirectorySearchOptions { Text = word, OpenAt = new DateTime(2026, 5, 25, 11, 0, 0) });

        Assert.Equal([bankHolidays.Id], result.Hits.Select(h => h.ServiceId));
    }

    [Fact]
    public async Task SearchAsync_OpenAtOnADateWithAClosedException_NotFound()
    {
        var database = await TestDatabase.GetAsync();
        var service = await DirectoryTestData.AddServiceAsync(database, s =>
        {
            s.OpeningBands = [Band(2, 540, 1020)];
            s.OpeningExceptions = [new DatedHours { OnDate = new DateOnly(2026, 6, 2) }];
        }, 51.88, -0.42);

        var search = await SearchAsync();
        var closed = await search.SearchAsync(new DirectorySearchOptions { Text = service.Name, OpenAt = new DateTime(2026, 6, 2, 11, 0, 0) });
        var open = await search.SearchAsync(new DirectorySearchOptions { Text = service.Name, OpenAt = new DateTime(2026, 6, 9, 11, 0, 0) });

        Assert.Empty(closed.Hits);
        Assert.Single(open.Hits);
    }

    [Fact]
    public async Task SearchAsync_LanguageAccessAndAge_AllMustHold()
    {
        var database = await TestDatabase.GetAsync();
        var match = await DirectoryTestData.AddServiceAsync(database, s =>
        {
            s.Languages = [new ServiceLanguage { ServiceId = s.Id, LanguageCode = "ur" }];
            s.MinimumAge = 16;
        }, 51.88, -0.42, [AccessibilityFeatures.StepFree, AccessibilityFeatures.HearingLoop]);
        var word = match.Name.Split(' ')[^1];
        await DirectoryTestData.AddServiceAsync(database, s => s.Name = "No Urdu " + word, 51.88, -0.42, [AccessibilityFeatures.StepFree]);

        var search = await SearchAsync();
        var found = await search.SearchAsync(new DirectorySearchOptions { Text = word, Language = "ur", Accessibility = [AccessibilityFeatures.StepFree], Age = 30 });
        var tooYoung = await search.SearchAsync(new DirectorySearchOptions { Text = word, Language = "ur", Age = 12 });

        Assert.Equal([match.Id], found.Hits.Select(h => h.ServiceId));
        Assert.Empty(tooYoung.Hits);
    }

    [Fact]
    public async Task SearchAsync_ByCategory_FindsServicesOfChildTerms()
    {
        await DirectoryTestData.EnsureSeededAsync();
        var pharmacyCategory = StableId.For("term:pharmacy");

        var result = await (await SearchAsync()).SearchAsync(new DirectorySearchOptions { TermId = pharmacyCategory, Text = "Pharmacy First", PageSize = 100 });

        Assert.True(result.Total >= 148);
        Assert.All(result.Hits, h => Assert.Contains("Pharmacy First", h.ServiceName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SearchAsync_HitWithAChangeToday_OpeningTimesUseTheChange()
    {
        var database = await TestDatabase.GetAsync();
        var service = await DirectoryTestData.AddServiceAsync(database, s =>
        {
            s.OpeningBands = [Band(2, 540, 1020)];
            s.OpeningExceptions = [new DatedHours { OnDate = new DateOnly(2026, 5, 19), OpensMinute = 540, ClosesMinute = 720 }];
        }, 51.88, -0.42);
        var clock = new TestClock(new DateTimeOffset(2026, 5, 19, 9, 0, 0, TimeSpan.Zero));
        var calendar = new BankHolidayCalendar(database.DataSource, clock);
        var search = new DirectorySearch(database.DataSource, calendar, clock);

        var hit = (await search.SearchAsync(new DirectorySearchOptions { Text = service.Name })).Hits.Single();

        var state = hit.Hours(await calendar.GetAsync()).StateAt(LondonTime.ToLocal(clock.GetUtcNow()));
        Assert.True(state.IsOpen);
        Assert.Equal(new DateTime(2026, 5, 19, 12, 0, 0), state.Until);
    }
}

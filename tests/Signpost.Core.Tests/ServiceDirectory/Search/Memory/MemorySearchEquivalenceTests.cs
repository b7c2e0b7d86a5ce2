using Signpost.Core.ServiceDirectory;
using Signpost.Core.ServiceDirectory.Search;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.ServiceDirectory.Search.Memory;

/// <summary>
/// The in-memory index must answer exactly as the SQL search does: the same hits in the same order, the same totals,
/// distances, hours and "also available" services, over the real seeded directory and services made for the purpose.
/// </summary>
public class MemorySearchEquivalenceTests(SeededDirectory directory) : IClassFixture<SeededDirectory>
{
    private static readonly GeoPoint Luton = new(51.880583, -0.418488);
    private static readonly GeoPoint MiltonKeynes = new(52.0406, -0.7594);

    [Fact]
    public async Task SearchAsync_ManyCombinations_MemoryAnswersAsSqlDoes()
    {
        var clock = new TestClock(new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero));
        var sql = directory.SqlSearch(clock);
        var (memory, _) = await directory.MemorySearchAsync(clock);
        var compared = 0;
        var fromMemory = 0;
        foreach (var options in Combinations())
        {
            var expected = await sql.SearchAsync(options);
            var actual = await memory.SearchAsync(options);
            AssertSame(expected, actual, options);
            compared++;
            if (actual.FromMemory) fromMemory++;
        }
        Assert.True(compared > 500, $"only {compared} combinations");
        // Words without a place are ranked by PostgreSQL, and quoted phrases too: every other search comes from memory.
        Assert.True(fromMemory > compared / 2, $"{fromMemory} of {compared} answered from memory");
    }

    private IEnumerable<DirectorySearchOptions> Combinations()
    {
        string?[] texts = [null, "pharmacy", "Pharmacy First", "blood test", directory.Word, "gp practice", "the", "\"sore throat\"", "walk-in"];
        GeoPoint?[] places = [null, Luton, MiltonKeynes];
        double[] radii = [1, 5, 30];
        DateTime?[] times = [null, new DateTime(2026, 11, 24, 11, 0, 0), new DateTime(2026, 11, 29, 11, 0, 0), new DateTime(2026, 12, 25, 10, 30, 0),
            new DateTime(2026, 12, 1, 10, 30, 0), new DateTime(2026, 12, 2, 10, 30, 0)];
        string?[] languages = [null, "ur", "pl"];
        var i = 0;
        foreach (var text in texts)
        foreach (var place in places)
        foreach (var radius in place is null ? [10.0] : radii)
        foreach (var time in times)
        foreach (var language in languages)
        {
            i++;
            yield return new DirectorySearchOptions
            {
                Text = text, Near = place, RadiusMiles = radius, OpenAt = time, Language = language,
                Accessibility = i % 5 == 0 ? [AccessibilityFeatures.StepFree] : [], Age = i % 7 == 0 ? 10 : i % 11 == 0 ? 40 : null,
                TermId = i % 13 == 0 ? StableId.For("term:pharmacy") : null, Page = i % 17 == 0 ? 2 : 1, PageSize = i % 3 == 0 ? 5 : 20,
            };
        }
    }

    private static void AssertSame(DirectorySearchResult expected, DirectorySearchResult actual, DirectorySearchOptions options)
    {
        var about = $"{options} (memory: {actual.FromMemory})";
        // Past the last page the SQL search cannot count (its count comes with the rows), so it says 0; memory still knows.
        var pastTheEnd = expected.Hits.Count == 0 && options.Page > 1;
        Assert.True(expected.Total == actual.Total || pastTheEnd, $"total {actual.Total}, expected {expected.Total}: {about}");
        Assert.True(expected.Hits.Select(h => h.EntryId).SequenceEqual(actual.Hits.Select(h => h.EntryId)), $"hits differ: {about}");
        Assert.True(expected.Remote.Select(h => h.EntryId).SequenceEqual(actual.Remote.Select(h => h.EntryId)), $"remote differ: {about}");
        foreach (var (e, a) in expected.Hits.Zip(actual.Hits).Concat(expected.Remote.Zip(actual.Remote)))
        {
            Assert.Equal(e with { Miles = null, Address = [], AccessMethods = [], Bands = [], Exceptions = [] },
                a with { Miles = null, Address = [], AccessMethods = [], Bands = [], Exceptions = [] });
            Assert.Equal(e.Miles is null, a.Miles is null);
            if (e.Miles is { } miles) Assert.Equal(miles, a.Miles!.Value, 9);
            Assert.Equal(e.Address, a.Address);
            Assert.Equal(e.AccessMethods, a.AccessMethods);
            Assert.Equal(Describe(e.Bands.Select(b => (b.Day, b.OpensMinute, b.ClosesMinute))), Describe(a.Bands.Select(b => (b.Day, b.OpensMinute, b.ClosesMinute))));
            Assert.Equal(Describe(e.Exceptions.Select(x => (x.OnDate, x.OpensMinute, x.ClosesMinute))), Describe(a.Exceptions.Select(x => (x.OnDate, x.OpensMinute, x.ClosesMinute))));
        }
    }

    private static string Describe<T>(IEnumerable<T> items) => string.Join(";", items.Select(i => i!.ToString()).Order(StringComparer.Ordinal));
}

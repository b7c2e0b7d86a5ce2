using System.Net;
using System.Text.Json;
using Signpost.TestCommon;

namespace Signpost.Web.Tests.Endpoints;

public class DirectorySearchEndpointsTests
{
    private static async Task<(HttpStatusCode, JsonElement)> GetAsync(string url)
    {
        await DirectoryTestData.EnsureSeededAsync();
        await using var factory = await SignpostWebFactory.CreateAsync(clock: new TestClock(new DateTimeOffset(2026, 5, 19, 10, 0, 0, TimeSpan.Zero)));
        var response = await factory.CreateClient().GetAsync(new Uri(url, UriKind.Relative));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    [Fact]
    public async Task Search_PharmacyFirstNearLU12QPOpenNow_NearestFirstAndAllOpen()
    {
        var (status, body) = await GetAsync("/api/directory/search?category=pharmacy-first&postcode=LU1%202QP&radius=5&open_now=true");

        Assert.Equal(HttpStatusCode.OK, status);
        var results = body.GetProperty("results").EnumerateArray().ToList();
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.True(r.GetProperty("open_now").GetBoolean()));
        var miles = results.Select(r => r.GetProperty("distance_miles").GetDouble()).ToList();
        Assert.Equal(miles.Order(), miles);
    }

    [Fact]
    public async Task Search_NearATownByName_PharmaciesWithinTheRadius()
    {
        var (status, body) = await GetAsync("/api/directory/search?category=pharmacy-first&postcode=Leighton%20Buzzard&radius=3");

        Assert.Equal(HttpStatusCode.OK, status);
        var results = body.GetProperty("results").EnumerateArray().ToList();
        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.InRange(r.GetProperty("distance_miles").GetDouble(), 0, 3));
        Assert.Contains(results, r => r.GetProperty("postcode").GetString()!.StartsWith("LU7", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/api/directory/search?postcode=ZZ99%209ZZ", "Enter a real postcode, like LU1 2QP")]
    [InlineData("/api/directory/search?postcode=Atlantis", "Enter a real postcode, like LU1 2QP")]
    [InlineData("/api/directory/search?radius=-3", "radius")]
    [InlineData("/api/directory/search?open_at=tomorrow", "open_at")]
    [InlineData("/api/directory/search?access=wings", "access")]
    [InlineData("/api/directory/search?page=0", "page")]
    public async Task Search_BadParameter_400WithAMessage(string url, string mentions)
    {
        var (status, body) = await GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(mentions, body.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_ServiceAddedAfterTwoInstancesStarted_BothFindItWithinSeconds()
    {
        await DirectoryTestData.EnsureSeededAsync();
        var settings = new Dictionary<string, string?> { ["Signpost:Directory:RefreshSeconds"] = "0.2" };
        await using var first = await SignpostWebFactory.CreateAsync(settings);
        await using var second = await SignpostWebFactory.CreateAsync(settings);
        var clients = new[] { first.CreateClient(), second.CreateClient() };
        foreach (var client in clients) await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        var service = await DirectoryTestData.AddServiceAsync(await TestDatabase.GetAsync(), latitude: 51.88, longitude: -0.42);
        var url = new Uri($"/api/directory/search?q={service.Name.Split(' ')[^1]}&postcode=LU1%202QP", UriKind.Relative);

        foreach (var client in clients)
        {
            var found = false;
            for (var i = 0; i < 100 && !found; i++)
            {
                var body = JsonDocument.Parse(await client.GetStringAsync(url)).RootElement;
                found = body.GetProperty("total").GetInt32() == 1;
                if (!found) await Task.Delay(100);
            }
            Assert.True(found, "the other instance never saw the new service");
        }
    }
}

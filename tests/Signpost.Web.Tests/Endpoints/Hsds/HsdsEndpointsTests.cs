using System.Net;
using System.Text.Json;
using Signpost.Core.ServiceDirectory;
using Signpost.TestCommon;

namespace Signpost.Web.Tests.Endpoints.Hsds;

public class HsdsEndpointsTests
{
    private static async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> GetAsync(string url)
    {
        await DirectoryTestData.EnsureSeededAsync();
        await using var factory = await SignpostWebFactory.CreateAsync();
        var response = await factory.CreateClient().GetAsync(new Uri(url, UriKind.Relative));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response.StatusCode, body, response);
    }

    [Theory]
    [InlineData("/api/hsds/services?page=-1")]
    [InlineData("/api/hsds/services?page=abc")]
    [InlineData("/api/hsds/services?postcode=ZZ99%209ZZ")]
    [InlineData("/api/hsds/services?postcode=not-a-postcode")]
    [InlineData("/api/hsds/services?organization_id=E81003")]
    [InlineData("/api/hsds/services?modified_after=yesterday")]
    [InlineData("/api/hsds/taxonomy_terms?top_only=maybe")]
    public async Task List_BadParameter_400WithJsonErrorAndCors(string url)
    {
        var (status, body, response) = await GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(400, body.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("error").GetString()));
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Theory]
    [InlineData("/api/hsds/services/3fa85f64-5717-4562-b3fc-2c963f66afa6")]
    [InlineData("/api/hsds/services/not-an-id")]
    [InlineData("/api/hsds/organizations/3fa85f64-5717-4562-b3fc-2c963f66afa6")]
    [InlineData("/api/hsds/taxonomy_terms/3fa85f64-5717-4562-b3fc-2c963f66afa6")]
    [InlineData("/api/hsds/no-such-endpoint")]
    public async Task Get_UnknownIdOrPath_404WithJsonError(string url)
    {
        var (status, body, response) = await GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal(404, body.GetProperty("status").GetInt32());
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Services_PerPageAboveTheCap_CappedAt100()
    {
        var (status, body, _) = await GetAsync("/api/hsds/services?per_page=5000");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(100, body.GetProperty("size").GetInt32());
        Assert.Equal(100, body.GetProperty("contents").GetArrayLength());
    }

    [Fact]
    public async Task Root_Always_NamesVersionProfileAndOpenApiDocument()
    {
        var (_, body, _) = await GetAsync("/api/hsds");
        var (status, openApi, _) = await GetAsync(new Uri(body.GetProperty("openapi_url").GetString()!).PathAndQuery);

        Assert.Equal("3.0", body.GetProperty("version").GetString());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(openApi.GetProperty("paths").TryGetProperty("/services/{id}", out _));
    }

    [Fact]
    public async Task Services_SearchAndOrganisation_FiltersCombineWithAnd()
    {
        var database = await TestDatabase.GetAsync();
        var service = await DirectoryTestData.AddServiceAsync(database);
        var word = service.Name.Split(' ')[^1];
        var other = await DirectoryTestData.AddServiceAsync(database, s => s.Name = "Other " + word);

        var (_, both, _) = await GetAsync($"/api/hsds/services?search={word}");
        var (_, one, _) = await GetAsync($"/api/hsds/services?search={word}&organization_id={service.OrganisationId}");

        Assert.Equal(2, both.GetProperty("total_items").GetInt32());
        Assert.Equal([service.Id.ToString()], one.GetProperty("contents").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        Assert.NotEqual(service.OrganisationId, other.OrganisationId);
    }

    [Fact]
    public async Task Services_PostcodeAndProximity_OnlyThoseWithinTheDistance()
    {
        var database = await TestDatabase.GetAsync();
        var near = await DirectoryTestData.AddServiceAsync(database, latitude: 51.8815, longitude: -0.4190);
        var word = near.Name.Split(' ')[^1];
        await DirectoryTestData.AddServiceAsync(database, s => s.Name = "Far " + word, latitude: 51.95, longitude: -0.42);

        var (_, body, _) = await GetAsync($"/api/hsds/services?search={word}&postcode=LU1%202QP&proximity=1000");

        Assert.Equal([near.Id.ToString()], body.GetProperty("contents").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Services_TaxonomyTermOfACategory_IncludesServicesOfTermsBelowIt()
    {
        var (_, body, _) = await GetAsync($"/api/hsds/services?taxonomy_term_id={StableId.For("term:pharmacy")}&search=Pharmacy%20First&per_page=1");

        Assert.True(body.GetProperty("total_items").GetInt32() >= 149);
    }

    [Fact]
    public async Task Services_AgeRange_ExcludesServicesForOthers()
    {
        var database = await TestDatabase.GetAsync();
        var adults = await DirectoryTestData.AddServiceAsync(database, s => s.MinimumAge = 18);
        var word = adults.Name.Split(' ')[^1];
        var children = await DirectoryTestData.AddServiceAsync(database, s => { s.Name = "Children " + word; s.MaximumAge = 15; });

        var (_, body, _) = await GetAsync($"/api/hsds/services?search={word}&minimum_age=5&maximum_age=10");

        Assert.Equal([children.Id.ToString()], body.GetProperty("contents").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Service_DemoWithProfessionalLine_AlertsDemoAndHidesTheProfessionalNumber()
    {
        var id = StableId.For("demo:lbhc-same-day-access");

        var (status, body, _) = await GetAsync($"/api/hsds/services/{id}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Demonstration entry", body.GetProperty("alert").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("01632 960101", body.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Service_PracticeHours_WeeklySchedulesInLocalTime()
    {
        var id = StableId.For("gp:E81004");

        var (_, body, _) = await GetAsync($"/api/hsds/services/{id}");

        var monday = body.GetProperty("schedules").EnumerateArray().Single(s => s.TryGetProperty("byday", out var d) && d.GetString() == "MO");
        Assert.Equal("08:00", monday.GetProperty("opens_at").GetString());
        Assert.Equal("18:30", monday.GetProperty("closes_at").GetString());
    }
}

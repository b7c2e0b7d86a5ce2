using System.Net;
using System.Text.Json;
using Signpost.TestCommon;

namespace Signpost.Web.Tests.Languages;

public class LanguagesApiTests
{
    private static readonly string[] UiStatuses = ["approved", "reviewed", "machine", "none"];

    [Fact]
    public async Task Get_ListsOverOneHundredLanguagesWithEveryField()
    {
        await using var factory = await SignpostWebFactory.CreateAsync();

        var response = await factory.CreateClient().GetAsync(new Uri("/api/languages", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var languages = json.RootElement.EnumerateArray().ToList();
        Assert.True(languages.Count >= 100);
        var urdu = languages.Single(l => l.GetProperty("code").GetString() == "ur");
        Assert.Equal(("Urdu", "اردو", "rtl"), (urdu.GetProperty("englishName").GetString(), urdu.GetProperty("nativeName").GetString(), urdu.GetProperty("direction").GetString()));
        Assert.Contains(urdu.GetProperty("uiStatus").GetString(), UiStatuses);
        Assert.True(urdu.GetProperty("blmkSpeakers").GetInt32() > 0);
    }

    [Fact]
    public async Task Get_ShippedMachineDrafts_PolishUiStatusIsMachine()
    {
        await using var factory = await SignpostWebFactory.CreateAsync();

        using var json = JsonDocument.Parse(await factory.CreateClient().GetStringAsync(new Uri("/api/languages", UriKind.Relative)));

        var statuses = json.RootElement.EnumerateArray().ToDictionary(l => l.GetProperty("code").GetString()!, l => l.GetProperty("uiStatus").GetString());
        Assert.Equal("machine", statuses["pl"]);
        Assert.Equal("none", statuses["qu"]);
    }
}

using System.Net;
using Signpost.TestCommon;

namespace Signpost.Web.Tests.Languages;

public class RequestLanguageTests
{
    [Fact]
    public async Task Home_LangUr_RightToLeftAndRemembered()
    {
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = factory.CreateBrowserClient();

        var first = await client.GetDocumentAsync("/?lang=ur");
        var next = await client.GetDocumentAsync("/about");

        Assert.Equal(("ur", "rtl"), (first.DocumentElement.GetAttribute("lang"), first.DocumentElement.GetAttribute("dir")));
        Assert.Equal(("ur", "rtl"), (next.DocumentElement.GetAttribute("lang"), next.DocumentElement.GetAttribute("dir")));
    }

    [Fact]
    public async Task Home_NoChoice_EnglishEvenIfTheBrowserPrefersPolish()
    {
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = factory.CreateBrowserClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("pl");

        var page = await client.GetDocumentAsync("/");

        Assert.Equal(("en", "ltr"), (page.DocumentElement.GetAttribute("lang"), page.DocumentElement.GetAttribute("dir")));
    }

    [Fact]
    public async Task Home_UnknownLang_EnglishAndNoCookie()
    {
        await using var factory = await SignpostWebFactory.CreateAsync();

        var response = await factory.CreateBrowserClient().GetAsync(new Uri("/?lang=%3Cscript%3E", UriKind.Relative));
        var page = await WebTestHelpers.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("signpost.lang", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Chooser_IsAGetFormWithEveryCatalogueLanguageAndTheCurrentSelected()
    {
        await using var factory = await SignpostWebFactory.CreateAsync();

        var page = await factory.CreateBrowserClient().GetDocumentAsync("/languages?lang=pl");

        var form = page.QuerySelector(".signpost-language-selector form")!;
        Assert.Equal("get", form.GetAttribute("method"));
        var options = form.QuerySelectorAll("select[name=lang] option").ToList();
        Assert.Equal(Signpost.Core.Languages.LanguageCatalogue.Default.All.Count, options.Count);
        Assert.Equal("pl", options.Single(o => o.HasAttribute("selected")).GetAttribute("value"));
        Assert.Equal("rtl", options.Single(o => o.GetAttribute("value") == "ar").GetAttribute("dir"));
    }

    [Fact]
    public async Task LanguagesPage_Polish_NumbersFormattedForPolish()
    {
        await using var factory = await SignpostWebFactory.CreateAsync();

        var page = await factory.CreateBrowserClient().GetDocumentAsync("/languages?lang=pl");

        var polishRow = page.QuerySelectorAll(".signpost-languages tbody tr").First(r => r.QuerySelector("a")!.GetAttribute("lang") == "pl");
        var expected = Signpost.Core.Languages.LanguageCatalogue.Default.Find("pl")!.BlmkSpeakers!.Value.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("pl"));
        Assert.Equal(expected, polishRow.QuerySelector(".signpost-number")!.TextContent.Trim());
        Assert.NotEqual(expected, Signpost.Core.Languages.LanguageCatalogue.Default.Find("pl")!.BlmkSpeakers!.Value.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-GB")));
    }
}

using System.Net;
using Signpost.TestCommon;

namespace Signpost.Web.Tests.Pages;

public class ErrorPagesTests
{
    [Fact]
    public async Task UnknownAddress_404WithNhsStylePage()
    {
        await using var factory = await SignpostWebFactory.CreateAsync();

        var response = await factory.CreateClient().GetAsync(new Uri("/this/does/not/exist", UriKind.Relative));
        var page = await WebTestHelpers.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("header.nhsuk-header"));
    }

    [Fact]
    public async Task HomePage_HasSkipLinkLanguageSlotAndFooter()
    {
        await using var factory = await SignpostWebFactory.CreateAsync();

        var page = await factory.CreateClient().GetDocumentAsync("/");

        Assert.Equal("#maincontent", page.QuerySelector("a.nhsuk-skip-link")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("main#maincontent"));
        Assert.NotNull(page.QuerySelector("nav[aria-label=Language] select[name=lang]"));
        Assert.NotNull(page.QuerySelector("footer.nhsuk-footer"));
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task DesignSystemAssets_ServedLocally()
    {
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = factory.CreateClient();

        var css = await client.GetAsync(new Uri("/lib/nhsuk-frontend/nhsuk-frontend.min.css", UriKind.Relative));
        var js = await client.GetAsync(new Uri("/lib/nhsuk-frontend/nhsuk-frontend.min.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal(HttpStatusCode.OK, js.StatusCode);
        Assert.DoesNotContain("assets.nhs.uk", await css.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

using System.Net;
using Signpost.TestCommon;

namespace Signpost.Web.Tests.Infrastructure;

public class SecurityHeadersTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/account/sign-in")]
    [InlineData("/no-such-page")]
    public async Task AnyPage_StrictSecurityHeaders(string url)
    {
        await using var factory = await SignpostWebFactory.CreateAsync();

        var response = await factory.CreateClient().GetAsync(new Uri(url, UriKind.Relative));

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Page_NoInlineScriptOrStyle()
    {
        await using var factory = await SignpostWebFactory.CreateAsync();

        var page = await factory.CreateClient().GetDocumentAsync("/");

        Assert.All(page.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src"))));
        Assert.Empty(page.QuerySelectorAll("style, [style]"));
    }
}

using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Signpost.TestCommon;

namespace Signpost.Web.Tests;

/// <summary>Small helpers for driving pages like a browser: parse HTML, read the anti-forgery token, post forms.</summary>
public static class WebTestHelpers
{
    public static HttpClient CreateBrowserClient(this SignpostWebFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<IHtmlDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

    /// <summary>Gets the page, then posts its first form with the anti-forgery token and the given fields.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, IDictionary<string, string> fields, string formSelector = "main form[method=post]")
    {
        var page = await client.GetDocumentAsync(url);
        var form = page.QuerySelector(formSelector) ?? throw new InvalidOperationException($"No form {formSelector} on {url}");
        var values = form.QuerySelectorAll("input[type=hidden]").Cast<IHtmlInputElement>().ToDictionary(i => i.Name!, i => i.Value);
        foreach (var (key, value) in fields) values[key] = value;
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : url;
        return await client.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(values));
    }

    public static async Task<HttpClient> SignedInClientAsync(this SignpostWebFactory factory, string email, string password = TestData.Password)
    {
        var client = factory.CreateBrowserClient();
        var response = await client.PostFormAsync("/account/sign-in", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Sign-in failed for {email}: {response.StatusCode}");
        return client;
    }
}

using System.Text.Json;
using Polly.CircuitBreaker;
using Signpost.Core.Languages;
using Signpost.Core.Translation.Machine;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.Translation.Machine;

/// <summary>The LibreTranslate adapter against a local fake server that checks what it is sent.</summary>
public class LibreTranslateContractTests
{
    private static Language Polish => LanguageCatalogue.Default.Find("pl")!;

    [Fact]
    public async Task Translate_SendsOneBatchedJsonPostAsTheApiDocuments()
    {
        await using var server = new FakeHttpServer(_ => (200, """{"translatedText": ["Dzień dobry", "Apteka"]}"""));

        var result = await Create(server, apiKey: "secret").TranslateAsync(["Good morning", "Pharmacy"], LanguageCatalogue.Default.English, Polish, CancellationToken.None);

        Assert.Equal(["Dzień dobry", "Apteka"], result);
        var request = Assert.Single(server.Requests);
        Assert.Equal(("POST", "/translate"), (request.Method, request.Path));
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal(["Good morning", "Pharmacy"], body.RootElement.GetProperty("q").EnumerateArray().Select(q => q.GetString()));
        Assert.Equal(("en", "pl", "text", "secret"), (body.RootElement.GetProperty("source").GetString(), body.RootElement.GetProperty("target").GetString(),
            body.RootElement.GetProperty("format").GetString(), body.RootElement.GetProperty("api_key").GetString()));
    }

    [Fact]
    public async Task Translate_ServerErrorThenSuccess_Retried()
    {
        var calls = 0;
        await using var server = new FakeHttpServer(_ => Interlocked.Increment(ref calls) == 1 ? (500, """{"error": "busy"}""") : (200, """{"translatedText": ["Apteka"]}"""));

        var result = await Create(server).TranslateAsync(["Pharmacy"], LanguageCatalogue.Default.English, Polish, CancellationToken.None);

        Assert.Equal(["Apteka"], result);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Translate_BadRequest_NotRetriedAndExplained()
    {
        await using var server = new FakeHttpServer(_ => (400, """{"error": "Invalid request: missing q parameter"}"""));

        var error = await Assert.ThrowsAsync<MachineTranslationException>(() => Create(server).TranslateAsync(["x"], LanguageCatalogue.Default.English, Polish, CancellationToken.None));

        Assert.Single(server.Requests);
        Assert.Contains("400", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Translate_ServerKeepsFailing_CircuitOpensAndCallsStopReachingIt()
    {
        await using var server = new FakeHttpServer(_ => (503, """{"error": "down"}"""));
        var translator = Create(server, retries: 0);

        for (var i = 0; i < 4; i++) await Assert.ThrowsAsync<MachineTranslationException>(() => translator.TranslateAsync(["x"], LanguageCatalogue.Default.English, Polish, CancellationToken.None));
        await Assert.ThrowsAsync<BrokenCircuitException>(() => translator.TranslateAsync(["x"], LanguageCatalogue.Default.English, Polish, CancellationToken.None));

        Assert.Equal(4, server.Requests.Count);
    }

    [Fact]
    public async Task Supports_ReadsTheLanguagesList()
    {
        await using var server = new FakeHttpServer(r => r.Path == "/languages" ? (200, """[{"code":"en","name":"English","targets":["pl","ur"]}]""") : (404, "{}"));

        Assert.True(await Create(server).SupportsAsync(LanguageCatalogue.Default.English, Polish, CancellationToken.None));
        Assert.False(await Create(server).SupportsAsync(LanguageCatalogue.Default.English, LanguageCatalogue.Default.Find("ta")!, CancellationToken.None));
    }

    private static IMachineTranslator Create(FakeHttpServer server, string? apiKey = null, int retries = 2) =>
        MachineTranslators.Create(new MachineTranslationOptions { Provider = "libretranslate", Url = server.Url.ToString(), ApiKey = apiKey, Retries = retries, TimeoutSeconds = 5 }, new HttpClient())!;
}

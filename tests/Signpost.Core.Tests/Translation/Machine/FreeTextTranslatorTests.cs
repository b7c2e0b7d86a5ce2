using System.Text.Json;
using Signpost.Core.Languages;
using Signpost.Core.Translation.Machine;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.Translation.Machine;

public class FreeTextTranslatorTests
{
    private static Language Polish => LanguageCatalogue.Default.Find("pl")!;

    [Fact]
    public async Task Translate_PolishToEnglish_OriginalKeptAndTokensProtected()
    {
        await using var server = new FakeHttpServer(r =>
        {
            using var body = JsonDocument.Parse(r.Body);
            var masked = body.RootElement.GetProperty("q")[0].GetString()!;
            return (200, JsonSerializer.Serialize(new { translatedText = new[] { masked.Replace("Biorę", "I take", StringComparison.Ordinal).Replace("dwa razy dziennie", "twice a day", StringComparison.Ordinal) } }));
        });
        var translator = new FreeTextTranslator(Create(server));

        var result = await translator.TranslateAsync("Biorę ibuprofen dwa razy dziennie", Polish);

        Assert.Equal(("Biorę ibuprofen dwa razy dziennie", "I take ibuprofen twice a day", null), (result.Original, result.Translated, result.Problem));
        Assert.DoesNotContain("ibuprofen", Assert.Single(server.Requests).Body, StringComparison.Ordinal);
        Assert.Equal("en", JsonDocument.Parse(server.Requests.Single().Body).RootElement.GetProperty("target").GetString());
    }

    [Fact]
    public async Task Translate_ServerDown_OriginalWithMessageNoException()
    {
        var url = $"http://127.0.0.1:{FakeHttpServer.FreePort()}/";
        var translator = new FreeTextTranslator(MachineTranslators.Create(new MachineTranslationOptions { Provider = "libretranslate", Url = url, Retries = 0, TimeoutSeconds = 2 }, new HttpClient()));

        var result = await translator.TranslateAsync("Boli mnie głowa", Polish);

        Assert.Equal(("Boli mnie głowa", null, FreeTextTranslator.Unavailable), (result.Original, result.Translated, result.Problem));
    }

    [Fact]
    public async Task Translate_ServerAlteredANumber_NotShown()
    {
        await using var server = new FakeHttpServer(_ => (200, """{"translatedText": ["Call 911"]}"""));

        var result = await new FreeTextTranslator(Create(server)).TranslateAsync("Dzwoniłem pod 999", Polish);

        Assert.Null(result.Translated);
        Assert.Equal("Dzwoniłem pod 999", result.Original);
    }

    private static IMachineTranslator Create(FakeHttpServer server) =>
        MachineTranslators.Create(new MachineTranslationOptions { Provider = "libretranslate", Url = server.Url.ToString() }, new HttpClient())!;
}

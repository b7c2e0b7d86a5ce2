using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Signpost.Core.Languages;

namespace Signpost.Core.Translation.Machine;

/// <summary>LibreTranslate: <c>POST /translate</c> with a batch of texts as JSON; <c>GET /languages</c> for what it supports.</summary>
public sealed class LibreTranslateTranslator(HttpClient http, Uri baseUrl, string? apiKey = null) : IMachineTranslator
{
    public string Name => "libretranslate";

    public async Task<bool> SupportsAsync(Language source, Language target, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(new Uri(baseUrl, "languages"), cancellationToken);
        await EnsureOkAsync(response, cancellationToken);
        var languages = await response.Content.ReadFromJsonAsync<List<LibreLanguage>>(cancellationToken) ?? [];
        return languages.Any(l => l.Code == source.Code && (l.Targets ?? []).Contains(target.Code));
    }

    public async Task<IReadOnlyList<string>> TranslateAsync(IReadOnlyList<string> texts, Language source, Language target, CancellationToken cancellationToken)
    {
        if (texts.Count == 0) return [];
        var request = new LibreRequest([.. texts], source.Code, target.Code, "text", apiKey);
        using var response = await http.PostAsJsonAsync(new Uri(baseUrl, "translate"), request, cancellationToken);
        await EnsureOkAsync(response, cancellationToken);
        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        if (!json.RootElement.TryGetProperty("translatedText", out var translated)) throw new MachineTranslationException("LibreTranslate's answer has no translatedText.", transient: false);
        var result = translated.ValueKind == JsonValueKind.Array ? translated.EnumerateArray().Select(t => t.GetString() ?? "").ToList() : [translated.GetString() ?? ""];
        if (result.Count != texts.Count) throw new MachineTranslationException($"LibreTranslate returned {result.Count} translations for {texts.Count} texts.", transient: false);
        return result;
    }

    private static async Task EnsureOkAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode) return;
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var code = (int)response.StatusCode;
        throw new MachineTranslationException($"LibreTranslate answered {code}: {body[..Math.Min(body.Length, 200)]}", transient: code >= 500 || code == 429);
    }

    private sealed record LibreRequest(
        [property: JsonPropertyName("q")] string[] Q,
        [property: JsonPropertyName("source")] string Source,
        [property: JsonPropertyName("target")] string Target,
        [property: JsonPropertyName("format")] string Format,
        [property: JsonPropertyName("api_key"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ApiKey);

    private sealed record LibreLanguage(
        [property: JsonPropertyName("code")] string Code,
        [property: JsonPropertyName("targets")] List<string>? Targets);
}

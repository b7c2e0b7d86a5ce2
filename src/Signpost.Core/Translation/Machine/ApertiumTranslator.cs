using System.Text.Json;
using Signpost.Core.Languages;

namespace Signpost.Core.Translation.Machine;

/// <summary>
/// Apertium APy: <c>POST /translate</c> with <c>langpair=eng|spa</c> (ISO 639-3 codes) and one text per request;
/// <c>GET /listPairs</c> for what it supports. Unknown words pass through unmarked (<c>markUnknown=no</c>).
/// </summary>
public sealed class ApertiumTranslator(HttpClient http, Uri baseUrl) : IMachineTranslator
{
    public string Name => "apertium";

    public async Task<bool> SupportsAsync(Language source, Language target, CancellationToken cancellationToken)
    {
        using var json = await GetJsonAsync(new Uri(baseUrl, "listPairs"), null, cancellationToken);
        return json.RootElement.GetProperty("responseData").EnumerateArray().Any(p =>
            p.GetProperty("sourceLanguage").GetString() == source.Iso6393 && p.GetProperty("targetLanguage").GetString() == target.Iso6393);
    }

    public async Task<IReadOnlyList<string>> TranslateAsync(IReadOnlyList<string> texts, Language source, Language target, CancellationToken cancellationToken)
    {
        var results = new List<string>(texts.Count);
        foreach (var text in texts)
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["langpair"] = $"{source.Iso6393}|{target.Iso6393}",
                ["q"] = text,
                ["markUnknown"] = "no",
            });
            using var json = await GetJsonAsync(new Uri(baseUrl, "translate"), form, cancellationToken);
            var status = json.RootElement.TryGetProperty("responseStatus", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt32() : 200;
            if (status != 200) throw new MachineTranslationException($"Apertium answered {status}.", transient: status >= 500);
            results.Add(json.RootElement.GetProperty("responseData").GetProperty("translatedText").GetString() ?? "");
        }
        return results;
    }

    private async Task<JsonDocument> GetJsonAsync(Uri url, HttpContent? form, CancellationToken cancellationToken)
    {
        using var response = form is null ? await http.GetAsync(url, cancellationToken) : await http.PostAsync(url, form, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var code = (int)response.StatusCode;
        if (!response.IsSuccessStatusCode) throw new MachineTranslationException($"Apertium answered {code}: {body[..Math.Min(body.Length, 200)]}", transient: code >= 500 || code == 429);
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            throw new MachineTranslationException("Apertium's answer is not JSON.", transient: false);
        }
    }
}

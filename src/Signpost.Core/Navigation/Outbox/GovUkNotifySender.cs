using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Signpost.Core.Navigation.Outbox;

/// <summary>
/// Sends through the GOV.UK Notify HTTP API (there is no Notify client in the package registry): a JWT signed
/// HS256 with the key's secret, claims iss (service id) and iat, and the message text as the template's
/// <c>body</c> personalisation. Notify's 400 (the message itself is wrong) is a permanent failure; 403 (the key),
/// 429 (rate limit), 5xx and network failures are worth retrying later.
/// </summary>
public sealed class GovUkNotifySender(HttpClient http, GovUkNotifyOptions options, TimeProvider clock) : INotificationSender
{
    private const int UuidLength = 36;
    private const int MaxErrorLength = 200;

    public string Name => GovUkNotifyOptions.GovUkNotify;

    public async Task<string> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var (serviceId, secret) = ParseKey(options.ApiKey);
        var sms = message.Channel == "sms";
        var template = options.TemplateFor(message.Channel, message.Template) ?? throw new NotificationException($"No Notify template is configured for {message.Channel}.");
        var personalisation = new { body = message.Body };
        object body = sms
            ? new { phone_number = message.Recipient, template_id = template, personalisation, reference = message.Id.ToString() }
            : new { email_address = message.Recipient, template_id = template, personalisation, reference = message.Id.ToString() };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{options.BaseUrl.TrimEnd('/')}/v2/notifications/{(sms ? "sms" : "email")}")
        {
            Content = JsonContent.Create(body),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token(serviceId, secret, clock.GetUtcNow()));
        using var response = await http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode) throw Failure(response, text);
        using var json = JsonDocument.Parse(text);
        return json.RootElement.TryGetProperty("id", out var id) ? id.GetString() ?? "" : "";
    }

    /// <summary>"Notify answered 400 Bad Request: ValidationError phone_number Not a UK mobile number." (Notify's errors name fields, not values.)</summary>
    private static NotificationException Failure(HttpResponseMessage response, string text)
    {
        var status = (int)response.StatusCode;
        var detail = NotifyError(text);
        var message = $"Notify answered {status}{(response.ReasonPhrase is { Length: > 0 } reason ? " " + reason : "")}{(detail is null ? "" : ": " + detail)}.";
        if (response.StatusCode == HttpStatusCode.Forbidden) message += " Check Signpost:Notifications:ApiKey.";
        return new NotificationException(message, permanent: response.StatusCode == HttpStatusCode.BadRequest);
    }

    private static string? NotifyError(string text)
    {
        try
        {
            using var json = JsonDocument.Parse(text);
            if (!json.RootElement.TryGetProperty("errors", out var errors) || errors.ValueKind != JsonValueKind.Array || errors.GetArrayLength() == 0) return null;
            var first = errors[0];
            var words = $"{Property(first, "error")} {Property(first, "message")}".Trim();
            return words.Length <= MaxErrorLength ? words : words[..MaxErrorLength];
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()!.TrimEnd('.') : "";

    public static (string ServiceId, string Secret) ParseKey(string? key)
    {
        if (key is null || key.Length < 2 * UuidLength + 2) throw new NotificationException("The Notify API key is missing or not in the form {name}-{service id}-{secret}.");
        return (key[^(2 * UuidLength + 1)..^(UuidLength + 1)], key[^UuidLength..]);
    }

    public static string Token(string serviceId, string secret, DateTimeOffset now)
    {
        var header = Base64Url("""{"typ":"JWT","alg":"HS256"}"""u8.ToArray());
        var payload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { iss = serviceId, iat = now.ToUnixTimeSeconds() }));
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes(header + "." + payload));
        return header + "." + payload + "." + Base64Url(signature);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

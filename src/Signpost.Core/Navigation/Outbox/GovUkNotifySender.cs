using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Signpost.Core.Navigation.Outbox;

/// <summary>
/// Sends through the GOV.UK Notify HTTP API (there is no Notify client in the package registry): a JWT signed
/// HS256 with the key's secret, claims iss (service id) and iat, and the message text as the template's
/// <c>body</c> personalisation.
/// </summary>
public sealed class GovUkNotifySender(HttpClient http, GovUkNotifyOptions options, TimeProvider clock) : INotificationSender
{
    private const int UuidLength = 36;

    public async Task<string> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var (serviceId, secret) = ParseKey(options.ApiKey);
        var sms = message.Channel == "sms";
        var template = (sms ? options.SmsTemplateId : options.EmailTemplateId) ?? throw new NotificationException($"No Notify template is configured for {message.Channel}.");
        object body = sms
            ? new { phone_number = message.Recipient, template_id = template, personalisation = new { body = message.Body }, reference = message.Id.ToString() }
            : new { email_address = message.Recipient, template_id = template, personalisation = new { body = message.Body }, reference = message.Id.ToString() };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{options.BaseUrl.TrimEnd('/')}/v2/notifications/{(sms ? "sms" : "email")}")
        {
            Content = JsonContent.Create(body),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token(serviceId, secret, clock.GetUtcNow()));
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode) throw new NotificationException($"Notify answered {(int)response.StatusCode} {response.ReasonPhrase}.");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return json.RootElement.TryGetProperty("id", out var id) ? id.GetString() ?? "" : "";
    }

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

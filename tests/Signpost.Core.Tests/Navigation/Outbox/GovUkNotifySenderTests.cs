using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Signpost.Core.Navigation.Outbox;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.Navigation.Outbox;

public class GovUkNotifySenderTests
{
    private const string ServiceId = "26785a09-ab16-4eb0-8407-a37497a57506";
    private const string Secret = "3d844edf-8d35-48ac-975b-e847b4f122b0";
    private static readonly GovUkNotifyOptions Options = new()
    {
        Sender = "govuk-notify", ApiKey = $"signpost_test-{ServiceId}-{Secret}", SmsTemplateId = "f33517ff-2a88-4f6e-b855-c550268ce08a",
        BaseUrl = "https://notify.invalid",
    };

    [Fact]
    public async Task Send_Sms_PostsTheTemplateWithASignedToken()
    {
        var handler = new CapturingHandler();
        var clock = new TestClock(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero));
        var sender = new GovUkNotifySender(new HttpClient(handler), Options, clock);
        var message = new OutboxMessage { Id = Guid.NewGuid(), Channel = "sms", Recipient = "07700900123", Body = "See the pharmacist today." };

        var reference = await sender.SendAsync(message, CancellationToken.None);

        Assert.Equal("notify-id-1", reference);
        Assert.Equal("https://notify.invalid/v2/notifications/sms", handler.Uri!.ToString());
        var body = JsonDocument.Parse(handler.Body!).RootElement;
        Assert.Equal(("07700900123", Options.SmsTemplateId, "See the pharmacist today.", message.Id.ToString()),
            (body.GetProperty("phone_number").GetString(), body.GetProperty("template_id").GetString(),
             body.GetProperty("personalisation").GetProperty("body").GetString(), body.GetProperty("reference").GetString()));
        var parts = handler.Token!.Split('.');
        var payload = JsonDocument.Parse(Convert.FromBase64String(Pad(parts[1]))).RootElement;
        Assert.Equal((ServiceId, clock.GetUtcNow().ToUnixTimeSeconds()), (payload.GetProperty("iss").GetString(), payload.GetProperty("iat").GetInt64()));
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]));
        Assert.Equal(expected, Convert.FromBase64String(Pad(parts[2])));
    }

    [Fact]
    public async Task Send_NotifyRefuses_NotificationExceptionWithoutPersonalData()
    {
        var sender = new GovUkNotifySender(new HttpClient(new CapturingHandler(HttpStatusCode.BadRequest)), Options, TimeProvider.System);

        var error = await Assert.ThrowsAsync<NotificationException>(() =>
            sender.SendAsync(new OutboxMessage { Id = Guid.NewGuid(), Channel = "sms", Recipient = "07700900123", Body = "secret words" }, CancellationToken.None));

        Assert.Equal("Notify answered 400 Bad Request.", error.Message);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, true)]
    [InlineData(HttpStatusCode.Forbidden, false)]
    [InlineData(HttpStatusCode.TooManyRequests, false)]
    [InlineData(HttpStatusCode.InternalServerError, false)]
    public async Task Send_NotifyAnswersAnError_PermanentOnlyForBadRequest(HttpStatusCode status, bool permanent)
    {
        var sender = new GovUkNotifySender(new HttpClient(new CapturingHandler(status)), Options, TimeProvider.System);

        var error = await Assert.ThrowsAsync<NotificationException>(() =>
            sender.SendAsync(new OutboxMessage { Id = Guid.NewGuid(), Channel = "sms", Recipient = "07700900123", Body = "secret words" }, CancellationToken.None));

        Assert.Equal(permanent, error.Permanent);
        Assert.StartsWith($"Notify answered {(int)status} ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_KindHasItsOwnTemplate_UsesIt()
    {
        var handler = new CapturingHandler();
        var options = new GovUkNotifyOptions
        {
            Sender = "govuk-notify", ApiKey = Options.ApiKey, SmsTemplateId = Options.SmsTemplateId, BaseUrl = Options.BaseUrl,
            SmsTemplates = { ["booking-reminder"] = "0c7d3b0e-1111-4a57-9d55-6f3f1f6c2a10" },
        };
        var sender = new GovUkNotifySender(new HttpClient(handler), options, TimeProvider.System);

        await sender.SendAsync(new OutboxMessage { Id = Guid.NewGuid(), Channel = "sms", Recipient = "07700900123", Body = "b", Template = "booking-reminder" }, CancellationToken.None);
        var reminder = JsonDocument.Parse(handler.Body!).RootElement.GetProperty("template_id").GetString();
        await sender.SendAsync(new OutboxMessage { Id = Guid.NewGuid(), Channel = "sms", Recipient = "07700900123", Body = "b", Template = "booking-offer" }, CancellationToken.None);
        var offer = JsonDocument.Parse(handler.Body!).RootElement.GetProperty("template_id").GetString();

        Assert.Equal(("0c7d3b0e-1111-4a57-9d55-6f3f1f6c2a10", Options.SmsTemplateId), (reminder, offer));
    }

    [Fact]
    public void ParseKey_TooShort_ClearMessage()
    {
        var error = Assert.Throws<NotificationException>(() => GovUkNotifySender.ParseKey("short"));

        Assert.Contains("{name}-{service id}-{secret}", error.Message, StringComparison.Ordinal);
    }

    private static string Pad(string base64Url)
    {
        var s = base64Url.Replace('-', '+').Replace('_', '/');
        return s + new string('=', (4 - s.Length % 4) % 4);
    }

    private sealed class CapturingHandler(HttpStatusCode status = HttpStatusCode.Created) : HttpMessageHandler
    {
        public Uri? Uri { get; private set; }
        public string? Body { get; private set; }
        public string? Token { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Uri = request.RequestUri;
            Body = await request.Content!.ReadAsStringAsync(cancellationToken);
            Token = request.Headers.Authorization?.Parameter;
            return new HttpResponseMessage(status) { Content = new StringContent("""{"id": "notify-id-1"}""", Encoding.UTF8, "application/json") };
        }
    }
}

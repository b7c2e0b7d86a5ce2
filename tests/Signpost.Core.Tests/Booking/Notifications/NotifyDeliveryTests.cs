using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Signpost.Core.Audit;
using Signpost.Core.Booking.Notifications;
using Signpost.Core.Translation;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.Booking.Notifications;

// Booking messages through GOV.UK Notify (a fake Notify on a loopback port). These clocks are in 2024, before every
// other test's booking messages, so these dispatchers claim only messages these tests made.
[Collection(BookingNotificationRows.Collection)]
public class NotifyDeliveryTests
{
    private const string Facts = """{"start":"2025-03-30T08:30:00+00:00","site":"Test Hub","role":"physiotherapist","modality":"face-to-face","manage_path":"/appointment/abc"}""";

    [Fact]
    public async Task DispatchDue_NotifyConfigured_ConfirmationPostedWithItsTemplateAndMarkedSent()
    {
        await using var notify = new FakeHttpServer(_ => NotifyTestSettings.Accepted("a1b2c3"));
        var clock = new TestClock(new DateTimeOffset(2024, 3, 4, 8, 0, 0, TimeSpan.Zero));
        var id = (await BookingNotificationRows.QueueAsync(clock, 1, personalisation: Facts))[0];
        using var services = BookingTestServices.Create((await TestDatabase.GetAsync()).ConnectionString, clock, NotifyTestSettings.For(notify.Url));

        await services.GetRequiredService<NotificationDispatcher>().DispatchDueAsync();

        var request = Assert.Single(notify.Requests, r => Reference(r) == id.ToString());
        var body = JsonDocument.Parse(request.Body).RootElement;
        Assert.Equal(("POST", "/v2/notifications/sms", NotifyTestSettings.ConfirmationSmsTemplateId, "07700 900000"),
            (request.Method, request.Path, body.GetProperty("template_id").GetString(), body.GetProperty("phone_number").GetString()));
        Assert.Equal("NHS appointment booked: face to face with a physiotherapist at Test Hub on Sunday 30 March 2025 at 9:30am (UK time). To view or cancel: http://127.0.0.1:5080/appointment/abc",
            body.GetProperty("personalisation").GetProperty("body").GetString());
        Assert.Equal(NotifyTestSettings.ServiceId, Issuer(request.Authorization));
        var row = await RowAsync(id);
        Assert.Equal(("sent", "a1b2c3", "govuk-notify", 1), (row.Status, row.ProviderReference, row.Sender, row.Attempts));
    }

    [Fact]
    public async Task DispatchDue_EmailWithoutItsOwnTemplate_PostedToTheEmailEndpointWithTheDefaultTemplate()
    {
        await using var notify = new FakeHttpServer(_ => NotifyTestSettings.Accepted("e-1"));
        var clock = new TestClock(new DateTimeOffset(2024, 3, 5, 8, 0, 0, TimeSpan.Zero));
        var id = (await BookingNotificationRows.QueueAsync(clock, 1, kind: "cancellation", channel: "email", personalisation: Facts))[0];
        using var services = BookingTestServices.Create((await TestDatabase.GetAsync()).ConnectionString, clock, NotifyTestSettings.For(notify.Url));

        await services.GetRequiredService<NotificationDispatcher>().DispatchDueAsync();

        var request = Assert.Single(notify.Requests, r => Reference(r) == id.ToString());
        var body = JsonDocument.Parse(request.Body).RootElement;
        Assert.Equal(("/v2/notifications/email", NotifyTestSettings.EmailTemplateId, "person0@example.nhs.test"),
            (request.Path, body.GetProperty("template_id").GetString(), body.GetProperty("email_address").GetString()));
        Assert.StartsWith("Your NHS appointment with a physiotherapist at Test Hub on Sunday 30 March 2025 at 9:30am (UK time) has been cancelled.",
            body.GetProperty("personalisation").GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Equal("sent", (await RowAsync(id)).Status);
    }

    [Fact]
    public async Task DispatchDue_TranslatorApprovedPolish_NotifyGetsThePolishText()
    {
        var database = await TestDatabase.GetAsync();
        await using var notify = new FakeHttpServer(_ => NotifyTestSettings.Accepted("pl-1"));
        var clock = new TestClock(new DateTimeOffset(2024, 2, 5, 8, 0, 0, TimeSpan.Zero));
        await using (var db = TestData.CreateDb(database))
        {
            await new TranslationMemory(db, clock).RegisterAsync(BookingMessageText.Units);
            var unit = await db.Set<TranslationUnit>().SingleAsync(u => u.Key == BookingMessageText.TemplateKey("confirmation"));
            var review = new TranslationReview(db, new AuditLog(db, clock), new TranslationGuards(db), clock);
            var saved = await review.SaveAsync(new SaveTranslationOptions(unit.Id, "pl", "Wizyta NHS zarezerwowana ({0}) {1}, {2}, {3}. Anuluj: {4}", TranslationState.Approved, AuditActor.System));
            Assert.True(saved.Saved, string.Join("; ", saved.Problems));
        }
        var id = (await BookingNotificationRows.QueueAsync(clock, 1, language: "pl", personalisation: Facts))[0];
        using var services = BookingTestServices.Create(database.ConnectionString, clock, NotifyTestSettings.For(notify.Url));
        var dispatcher = ActivatorUtilities.CreateInstance<NotificationDispatcher>(services, ActivatorUtilities.CreateInstance<TranslationCache>(services));

        await dispatcher.DispatchDueAsync();

        var request = Assert.Single(notify.Requests, r => Reference(r) == id.ToString());
        var text = JsonDocument.Parse(request.Body).RootElement.GetProperty("personalisation").GetProperty("body").GetString();
        Assert.StartsWith("Wizyta NHS zarezerwowana (face to face) a physiotherapist, Test Hub, ", text, StringComparison.Ordinal);
        Assert.Contains("2025, 09:30. Anuluj: http://127.0.0.1:5080/appointment/abc", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(500, 1)]
    [InlineData(503, 2)]
    [InlineData(429, 3)]
    [InlineData(403, 4)]
    public async Task DispatchDue_NotifyFailsForAWhile_RetriedAfterBackoffThenSent(int status, int hour)
    {
        var answers = 0;
        await using var notify = new FakeHttpServer(_ => Interlocked.Increment(ref answers) == 1
            ? (status, """{"errors": [{"error": "Busy", "message": "Try again later"}], "status_code": 0}""")
            : NotifyTestSettings.Accepted("later-1"));
        var clock = new TestClock(new DateTimeOffset(2024, 3, 6, hour, 0, 0, TimeSpan.Zero));
        var id = (await BookingNotificationRows.QueueAsync(clock, 1, personalisation: Facts))[0];
        using var services = BookingTestServices.Create((await TestDatabase.GetAsync()).ConnectionString, clock, NotifyTestSettings.For(notify.Url));
        var dispatcher = services.GetRequiredService<NotificationDispatcher>();

        await dispatcher.DispatchDueAsync();
        var failed = await RowAsync(id);
        await dispatcher.DispatchDueAsync();
        var requestsBeforeBackoff = notify.Requests.Count(r => Reference(r) == id.ToString());
        clock.Advance(NotificationDispatcher.Backoff(1) + TimeSpan.FromSeconds(1));
        await dispatcher.DispatchDueAsync();

        Assert.Equal(("pending", 1, clock.GetUtcNow() - TimeSpan.FromSeconds(1)), (failed.Status, failed.Attempts, failed.NextAttemptAt));
        Assert.StartsWith($"Notify answered {status} ", failed.LastError, StringComparison.Ordinal);
        Assert.Contains("Busy Try again later", failed.LastError, StringComparison.Ordinal);
        Assert.Equal(1, requestsBeforeBackoff);
        var row = await RowAsync(id);
        Assert.Equal(("sent", 2, "later-1"), (row.Status, row.Attempts, row.ProviderReference));
    }

    [Fact]
    public async Task DispatchDue_NotifyRefusesTheMessage_FailedAtOnceWithTheReasonAndNoPersonalDataLogged()
    {
        await using var notify = new FakeHttpServer(_ => (400, """{"errors": [{"error": "ValidationError", "message": "phone_number Not a UK mobile number"}], "status_code": 400}"""));
        var clock = new TestClock(new DateTimeOffset(2024, 3, 7, 8, 0, 0, TimeSpan.Zero));
        var id = (await BookingNotificationRows.QueueAsync(clock, 1, personalisation: Facts))[0];
        var logs = new ListLoggerProvider();
        using var services = BookingTestServices.Create((await TestDatabase.GetAsync()).ConnectionString, clock, NotifyTestSettings.For(notify.Url),
            s => s.AddLogging(b => b.AddProvider(logs)));
        var dispatcher = services.GetRequiredService<NotificationDispatcher>();

        var result = await dispatcher.DispatchDueAsync();
        clock.Advance(TimeSpan.FromHours(2));
        await dispatcher.DispatchDueAsync();

        Assert.Equal(1, result.Failed);
        var row = await RowAsync(id);
        Assert.Equal(("failed", 1, "govuk-notify"), (row.Status, row.Attempts, row.Sender));
        Assert.Equal("Notify answered 400 Bad Request: ValidationError phone_number Not a UK mobile number.", row.LastError);
        Assert.Single(notify.Requests, r => Reference(r) == id.ToString());
        Assert.Contains(logs.Messages, m => m.Contains(id.ToString(), StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Messages, m => m.Contains("07700", StringComparison.Ordinal) || m.Contains("Test Hub", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DispatchDue_TwoInstancesThroughNotify_EachMessagePostedOnce()
    {
        await using var notify = new FakeHttpServer(r => NotifyTestSettings.Accepted("n-" + Reference(r)));
        var clock = new TestClock(new DateTimeOffset(2024, 3, 8, 8, 0, 0, TimeSpan.Zero));
        var ids = await BookingNotificationRows.QueueAsync(clock, 120, personalisation: Facts);
        var settings = NotifyTestSettings.For(notify.Url);
        using var first = BookingTestServices.Create((await TestDatabase.GetAsync()).ConnectionString, clock, settings);
        using var second = BookingTestServices.Create((await TestDatabase.GetAsync()).ConnectionString, clock, settings);

        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => (i % 2 == 0 ? first : second).GetRequiredService<NotificationDispatcher>().DispatchDueAsync())));

        var mine = ids.Select(i => i.ToString()).ToHashSet();
        var counts = notify.Requests.Where(r => mine.Contains(Reference(r))).GroupBy(Reference).Select(g => g.Count()).ToList();
        Assert.Equal(120, counts.Count);
        Assert.All(counts, c => Assert.Equal(1, c));
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        Assert.Equal(120, await db.Set<BookingNotification>().CountAsync(n => ids.Contains(n.Id) && n.Status == "sent" && n.ProviderReference == "n-" + n.Id.ToString()));
    }

    private static string Reference(RecordedRequest request) => JsonDocument.Parse(request.Body).RootElement.GetProperty("reference").GetString()!;

    private static string Issuer(string? authorization)
    {
        Assert.StartsWith("Bearer ", authorization, StringComparison.Ordinal);
        var payload = authorization!["Bearer ".Length..].Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload += new string('=', (4 - payload.Length % 4) % 4);
        return JsonDocument.Parse(Convert.FromBase64String(payload)).RootElement.GetProperty("iss").GetString()!;
    }

    private static async Task<BookingNotification> RowAsync(Guid id)
    {
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        return await db.Set<BookingNotification>().AsNoTracking().SingleAsync(n => n.Id == id);
    }
}

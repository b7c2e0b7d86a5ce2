using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Signpost.Core.Audit;
using Signpost.Core.Booking.Notifications;
using Signpost.Core.Navigation.Outbox;
using Signpost.Core.Translation;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.Booking.Notifications;

// Early on the shared test timeline (2025): these dispatchers claim only messages made by these tests.
[Collection(BookingNotificationRows.Collection)]
public class NotificationDispatcherTests
{
    private sealed class FailingSender : INotificationSender
    {
        public Task<string> SendAsync(OutboxMessage message, CancellationToken cancellationToken) => throw new HttpRequestException("provider unavailable");
    }

    private static async Task<List<Guid>> QueueAsync(TestClock clock, int count, string kind = "confirmation")
    {
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var now = clock.GetUtcNow();
        var rows = Enumerable.Range(0, count).Select(i => new BookingNotification
        {
            Id = Guid.NewGuid(), Kind = kind, Channel = "sms", Recipient = $"07700 9{i:00000}", Status = "pending", DueAt = now, NextAttemptAt = now, CreatedAt = now,
            Personalisation = """{"name":"Test","start":"2025-03-30T08:30:00+00:00","site":"Test Hub","role":"physiotherapist","modality":"face-to-face","manage_path":"/appointment/abc"}""",
        }).ToList();
        db.Set<BookingNotification>().AddRange(rows);
        await db.SaveChangesAsync();
        return rows.Select(r => r.Id).ToList();
    }

    [Fact]
    public async Task DispatchDue_Confirmation_StoredWithUkTime()
    {
        var clock = new TestClock(new DateTimeOffset(2025, 3, 3, 8, 0, 0, TimeSpan.Zero));
        var ids = await QueueAsync(clock, 1);
        using var services = BookingTestServices.Create((await TestDatabase.GetAsync()).ConnectionString, clock);

        await services.GetRequiredService<NotificationDispatcher>().DispatchDueAsync();

        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var body = (await db.Set<DevSentNotification>().SingleAsync(m => m.OutboxId == ids[0])).Body;
        Assert.Contains("with a physiotherapist at Test Hub on Sunday 30 March 2025 at 9:30am (UK time)", body, StringComparison.Ordinal);
        Assert.Equal("sent", (await db.Set<BookingNotification>().SingleAsync(n => n.Id == ids[0])).Status);
    }

    [Fact]
    public async Task DispatchDue_SenderFails_RetriedLaterWithBackoff()
    {
        var clock = new TestClock(new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.Zero));
        var ids = await QueueAsync(clock, 1);
        using var services = BookingTestServices.Create((await TestDatabase.GetAsync()).ConnectionString, clock);
        var dispatcher = ActivatorUtilities.CreateInstance<NotificationDispatcher>(services, new FailingSender());

        await dispatcher.DispatchDueAsync();
        await dispatcher.DispatchDueAsync();
        clock.Advance(TimeSpan.FromSeconds(31));
        await dispatcher.DispatchDueAsync();

        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var row = await db.Set<BookingNotification>().SingleAsync(n => n.Id == ids[0]);
        Assert.Equal(("pending", 2), (row.Status, row.Attempts));
        Assert.Equal(clock.GetUtcNow() + NotificationDispatcher.Backoff(2), row.NextAttemptAt);
        Assert.StartsWith("HttpRequestException", row.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DispatchDue_TwoInstancesAtOnce_EachMessageSentOnce()
    {
        var clock = new TestClock(new DateTimeOffset(2025, 3, 3, 10, 0, 0, TimeSpan.Zero));
        var ids = await QueueAsync(clock, 300);
        using var first = BookingTestServices.Create((await TestDatabase.GetAsync()).ConnectionString, clock);
        using var second = BookingTestServices.Create((await TestDatabase.GetAsync()).ConnectionString, clock);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => (i % 2 == 0 ? first : second).GetRequiredService<NotificationDispatcher>().DispatchDueAsync())));

        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var counts = await db.Set<DevSentNotification>().Where(m => ids.Contains(m.OutboxId)).GroupBy(m => m.OutboxId).Select(g => g.Count()).ToListAsync();
        Assert.Equal(300, counts.Count);
        Assert.All(counts, c => Assert.Equal(1, c));
    }

    // Before the other tests' clocks (so theirs never claim it first: tests of one class run one after another).
    [Fact]
    public async Task DispatchDue_TranslatorApprovedTheWords_SentInThePersonsLanguage()
    {
        var database = await TestDatabase.GetAsync();
        var clock = new TestClock(new DateTimeOffset(2025, 2, 3, 8, 0, 0, TimeSpan.Zero));
        await using (var db = TestData.CreateDb(database))
        {
            await new TranslationMemory(db, clock).RegisterAsync(BookingMessageText.Units);
            var unit = await db.Set<TranslationUnit>().SingleAsync(u => u.Key == BookingMessageText.TemplateKey("confirmation"));
            var review = new TranslationReview(db, new AuditLog(db, clock), new TranslationGuards(db), clock);
            var saved = await review.SaveAsync(new SaveTranslationOptions(unit.Id, "lt", "NHS vizitas užregistruotas ({0}) {1}, {2}, {3}. Atšaukti: {4}", TranslationState.Approved, AuditActor.System));
            Assert.True(saved.Saved, string.Join("; ", saved.Problems));
        }
        var id = Guid.NewGuid();
        await using (var db = TestData.CreateDb(database))
        {
            db.Set<BookingNotification>().Add(new BookingNotification
            {
                Id = id, Kind = "confirmation", Channel = "sms", Recipient = "07700 900555", Language = "lt", Status = "pending", DueAt = clock.GetUtcNow(),
                NextAttemptAt = clock.GetUtcNow(), CreatedAt = clock.GetUtcNow(),
                Personalisation = """{"start":"2025-02-10T10:00:00+00:00","site":"Test Hub","role":"physiotherapist","modality":"telephone","manage_path":"/appointment/x"}""",
            });
            await db.SaveChangesAsync();
        }
        using var services = BookingTestServices.Create(database.ConnectionString, clock);
        var dispatcher = ActivatorUtilities.CreateInstance<NotificationDispatcher>(services, ActivatorUtilities.CreateInstance<TranslationCache>(services));

        await dispatcher.DispatchDueAsync();

        await using var check = TestData.CreateDb(database);
        var body = (await check.Set<DevSentNotification>().SingleAsync(m => m.OutboxId == id)).Body;
        Assert.StartsWith("NHS vizitas užregistruotas (telephone) a physiotherapist, Test Hub, pirmadienis 10 vasario 2025, 10:00.", body, StringComparison.Ordinal);
    }
}

using Microsoft.EntityFrameworkCore;
using Signpost.Core.Navigation.Outbox;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.Navigation.Outbox;

/// <summary>Controls hazard H7: messages are sent once even with two app instances dispatching at the same moment.</summary>
public class OutboxDispatcherTests
{
    private static async Task<List<Guid>> QueueAsync(TestDatabase database, int count, DateTimeOffset at)
    {
        await using var db = TestData.CreateDb(database);
        var ids = Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToList();
        foreach (var id in ids)
        {
            db.Outbox.Add(new OutboxMessage { Id = id, Channel = "sms", Recipient = "07700900000", Body = "test " + id, CreatedAt = at, NextAttemptAt = at });
        }
        await db.SaveChangesAsync();
        return ids;
    }

    [Fact]
    public async Task DispatchOnce_TwoInstancesAtOnce_EveryMessageDeliveredExactlyOnce()
    {
        var database = await TestDatabase.GetAsync();
        var clock = new TestClock(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero)); // earlier than other tests' messages
        var ids = await QueueAsync(database, 60, clock.GetUtcNow());
        var sender = new SlowSender(new DevelopmentNotificationSender(database.DataSource, clock));
        var one = new OutboxDispatcher(database.DataSource, sender, clock);
        var two = new OutboxDispatcher(database.DataSource, sender, clock);

        for (var round = 0; round < 10; round++) await Task.WhenAll(one.DispatchOnceAsync(7), two.DispatchOnceAsync(7));

        await using var db = TestData.CreateDb(database);
        var deliveries = await db.DevSentNotifications.Where(d => ids.Contains(d.OutboxId)).GroupBy(d => d.OutboxId).Select(g => g.Count()).ToListAsync();
        Assert.Equal(60, deliveries.Count);
        Assert.All(deliveries, count => Assert.Equal(1, count));
        Assert.Equal(60, await db.Outbox.CountAsync(m => ids.Contains(m.Id) && m.Status == "sent"));
    }

    [Fact]
    public async Task DispatchOnce_SenderFails_RetriedLaterThenGivenUpWithTheReason()
    {
        var database = await TestDatabase.GetAsync();
        var clock = new TestClock(new DateTimeOffset(2019, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var id = (await QueueAsync(database, 1, clock.GetUtcNow()))[0];
        var dispatcher = new OutboxDispatcher(database.DataSource, new FailingSender(), clock);

        for (var attempt = 0; attempt < OutboxDispatcher.MaxAttempts; attempt++)
        {
            await dispatcher.DispatchOnceAsync(100);
            clock.Advance(TimeSpan.FromHours(1));
        }

        await using var db = TestData.CreateDb(database);
        var message = await db.Outbox.SingleAsync(m => m.Id == id);
        Assert.Equal(("failed", OutboxDispatcher.MaxAttempts, "Notify answered 500 Internal Server Error."), (message.Status, message.Attempts, message.LastError));
    }

    [Fact]
    public async Task DispatchOnce_NotifyRefusesTheMessage_FailedAtOnceWithTheReason()
    {
        var database = await TestDatabase.GetAsync();
        var clock = new TestClock(new DateTimeOffset(2018, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var id = (await QueueAsync(database, 1, clock.GetUtcNow()))[0];
        var dispatcher = new OutboxDispatcher(database.DataSource, new RefusingSender(), clock);

        await dispatcher.DispatchOnceAsync(100);

        await using var db = TestData.CreateDb(database);
        var message = await db.Outbox.SingleAsync(m => m.Id == id);
        Assert.Equal(("failed", 1, "Notify answered 400 Bad Request: ValidationError phone_number Not a UK mobile number."), (message.Status, message.Attempts, message.LastError));
    }

    // Each send takes 70 s of the two-minute lease, so the third message's claim has lapsed by the time its turn
    // comes; the other instance claims and sends it meanwhile, and this one must then leave it alone.
    [Fact]
    public async Task DispatchOnce_ClaimLapsedBehindSlowSends_OtherInstanceSendsItAndThisOneDoesNot()
    {
        var database = await TestDatabase.GetAsync();
        var clock = new TestClock(new DateTimeOffset(2018, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var ids = await QueueAsync(database, 3, clock.GetUtcNow());
        var development = new DevelopmentNotificationSender(database.DataSource, clock);
        var other = new OutboxDispatcher(database.DataSource, development, clock);
        var otherSent = -1;
        var first = new OutboxDispatcher(database.DataSource, new ClockAdvancingSender(development, clock, async () => otherSent = await other.DispatchOnceAsync(10)), clock);

        var firstSent = await first.DispatchOnceAsync(3);

        Assert.Equal((2, 1), (firstSent, otherSent));
        await using var db = TestData.CreateDb(database);
        var deliveries = await db.DevSentNotifications.Where(d => ids.Contains(d.OutboxId)).GroupBy(d => d.OutboxId).Select(g => g.Count()).ToListAsync();
        Assert.Equal([1, 1, 1], deliveries);
        Assert.Equal(3, await db.Outbox.CountAsync(m => ids.Contains(m.Id) && m.Status == "sent"));
    }

    private sealed class ClockAdvancingSender(INotificationSender inner, TestClock clock, Func<Task> duringSecondSend) : INotificationSender
    {
        private int calls;

        public async Task<string> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            clock.Advance(TimeSpan.FromSeconds(70));
            if (++calls == 2) await duringSecondSend();
            return await inner.SendAsync(message, cancellationToken);
        }
    }

    private sealed class SlowSender(INotificationSender inner) : INotificationSender
    {
        public async Task<string> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            await Task.Delay(5, cancellationToken);
            return await inner.SendAsync(message, cancellationToken);
        }
    }

    private sealed class FailingSender : INotificationSender
    {
        public Task<string> SendAsync(OutboxMessage message, CancellationToken cancellationToken) =>
            throw new NotificationException("Notify answered 500 Internal Server Error.");
    }

    private sealed class RefusingSender : INotificationSender
    {
        public Task<string> SendAsync(OutboxMessage message, CancellationToken cancellationToken) =>
            throw new NotificationException("Notify answered 400 Bad Request: ValidationError phone_number Not a UK mobile number.", permanent: true);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Signpost.Core.Booking.Notifications;
using Signpost.Core.Navigation.Outbox;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.Booking.Notifications;

[Collection(BookingNotificationRows.Collection)]
public class NotificationLeaseTests
{
    // Each send takes 70 s (under the two-minute lease), so by the third message of the batch its claim has lapsed
    // and the other instance has claimed and sent it: the first instance must then leave it alone.
    [Fact]
    public async Task DispatchDue_ClaimLapsedBehindSlowSends_OtherInstanceSendsItAndThisOneDoesNot()
    {
        var clock = new TestClock(new DateTimeOffset(2024, 1, 8, 8, 0, 0, TimeSpan.Zero));
        var ids = await BookingNotificationRows.QueueAsync(clock, 3, kind: "cancellation", personalisation: """{"site":"Test Hub"}""");
        var database = await TestDatabase.GetAsync();
        using var first = BookingTestServices.Create(database.ConnectionString, clock);
        using var second = BookingTestServices.Create(database.ConnectionString, clock);
        var secondResult = (DispatchResult?)null;
        var slow = new SlowSender(first.GetRequiredService<INotificationSender>(), clock,
            async () => secondResult = await second.GetRequiredService<NotificationDispatcher>().DispatchDueAsync());
        var dispatcher = ActivatorUtilities.CreateInstance<NotificationDispatcher>(first, slow);

        var firstResult = await dispatcher.DispatchDueAsync();

        Assert.Equal((2, 1), (firstResult.Sent, secondResult?.Sent));
        await using var db = TestData.CreateDb(database);
        var counts = await db.Set<DevSentNotification>().Where(m => ids.Contains(m.OutboxId)).GroupBy(m => m.OutboxId).Select(g => g.Count()).ToListAsync();
        Assert.Equal([1, 1, 1], counts);
        Assert.Equal(3, await db.Set<BookingNotification>().CountAsync(n => ids.Contains(n.Id) && n.Status == "sent"));
    }

    private sealed class SlowSender(INotificationSender inner, TestClock clock, Func<Task> duringSecondSend) : INotificationSender
    {
        private int calls;

        public string Name => inner.Name;

        public async Task<string> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            clock.Advance(TimeSpan.FromSeconds(70));
            if (++calls == 2) await duringSecondSend();
            return await inner.SendAsync(message, cancellationToken);
        }
    }
}

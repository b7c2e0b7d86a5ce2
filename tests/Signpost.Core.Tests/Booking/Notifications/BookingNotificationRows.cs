using Signpost.Core.Booking.Notifications;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.Booking.Notifications;

/// <summary>Due booking messages written straight into the outbox, as the booking statements write them.</summary>
internal static class BookingNotificationRows
{
    /// <summary>The xunit collection of tests that run a booking dispatcher (one at a time: each claims every due message).</summary>
    public const string Collection = "booking-dispatchers";

    public static async Task<List<Guid>> QueueAsync(TestClock clock, int count, string kind = "confirmation", string channel = "sms", string language = "en", string personalisation = "{}")
    {
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        var now = clock.GetUtcNow();
        var rows = Enumerable.Range(0, count).Select(i => new BookingNotification
        {
            Id = Guid.NewGuid(), Kind = kind, Channel = channel, Recipient = channel == "sms" ? $"07700 9{i:00000}" : $"person{i}@example.nhs.test", Language = language,
            Status = "pending", DueAt = now, NextAttemptAt = now, CreatedAt = now, Personalisation = personalisation,
        }).ToList();
        db.Set<BookingNotification>().AddRange(rows);
        await db.SaveChangesAsync();
        return rows.Select(r => r.Id).ToList();
    }
}

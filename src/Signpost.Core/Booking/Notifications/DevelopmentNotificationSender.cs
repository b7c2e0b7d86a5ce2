using Npgsql;

namespace Signpost.Core.Booking.Notifications;

/// <summary>Sends nothing: stores each message in notification_dev_messages, where the demo and the tests read it.</summary>
public class DevelopmentNotificationSender(NpgsqlDataSource dataSource, TimeProvider clock) : INotificationSender
{
    public async Task<string> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            insert into notification_dev_messages (notification_id, channel, recipient, body, sent_at)
            values (@id, @channel, @recipient, @body, @now) returning id
            """).With("id", message.NotificationId).With("channel", message.Channel).With("recipient", message.Recipient)
            .With("body", message.Body).With("now", clock.GetUtcNow());
        var id = await command.ExecuteScalarAsync(cancellationToken);
        return $"dev-{id}";
    }
}

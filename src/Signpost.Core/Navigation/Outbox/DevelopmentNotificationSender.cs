using Npgsql;

namespace Signpost.Core.Navigation.Outbox;

/// <summary>
/// The development and demo sender for both outboxes: "delivers" by storing the message in dev_sent_notifications
/// (<c>outbox_id</c> is the id of the notification_outbox or booking_notifications row).
/// </summary>
public sealed class DevelopmentNotificationSender(NpgsqlDataSource dataSource, TimeProvider clock) : INotificationSender
{
    public string Name => GovUkNotifyOptions.Development;

    public async Task<string> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "insert into dev_sent_notifications (outbox_id, channel, recipient, body, sent_at) values ($1, $2, $3, $4, $5) returning id");
        command.Parameters.AddWithValue(message.Id);
        command.Parameters.AddWithValue(message.Channel);
        command.Parameters.AddWithValue(message.Recipient);
        command.Parameters.AddWithValue(message.Body);
        command.Parameters.AddWithValue(clock.GetUtcNow());
        return "dev-" + await command.ExecuteScalarAsync(cancellationToken);
    }
}

using Npgsql;

namespace Signpost.Core.Navigation.Outbox;

/// <summary>
/// Sends due outbox messages. Rows are claimed with <c>for update skip locked</c> and a lease, so several app
/// instances share the work and never claim the same message at once; a message whose sender died is retried after
/// its lease ends. The lease is renewed just before each send, only while this claim still holds it: a batch's later
/// messages may wait behind slow sends, and once their lease lapses another instance may claim them (attempts moves
/// on), so this one must then leave them alone. Failures back off and give up after <see cref="MaxAttempts"/> (at once when the failure is permanent),
/// keeping the reason.
/// </summary>
public sealed class OutboxDispatcher(NpgsqlDataSource dataSource, INotificationSender sender, TimeProvider clock)
{
    public const int MaxAttempts = 5;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private const string ClaimSql = """
        update notification_outbox set status = 'sending', lease_until = $1, attempts = attempts + 1
        where id in (
            select id from notification_outbox
            where (status = 'pending' and next_attempt_at <= $2) or (status = 'sending' and lease_until < $2)
            order by next_attempt_at
            for update skip locked
            limit $3)
        returning id, channel, recipient, body, attempts
        """;

    /// <summary>Claims and sends up to <paramref name="batch"/> messages; returns how many were sent.</summary>
    public async Task<int> DispatchOnceAsync(int batch = 20, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var claimed = new List<(OutboxMessage Message, int Attempts)>();
        await using (var claim = dataSource.CreateCommand(ClaimSql))
        {
            claim.Parameters.AddWithValue(now + Lease);
            claim.Parameters.AddWithValue(now);
            claim.Parameters.AddWithValue(batch);
            await using var reader = await claim.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                claimed.Add((new OutboxMessage { Id = reader.GetGuid(0), Channel = reader.GetString(1), Recipient = reader.GetString(2), Body = reader.GetString(3) }, reader.GetInt32(4)));
            }
        }
        var sent = 0;
        foreach (var (message, attempts) in claimed)
        {
            try
            {
                var renewedAt = clock.GetUtcNow();
                if (await ExecuteAsync("update notification_outbox set lease_until = $2 where id = $1 and attempts = $3 and status = 'sending' and lease_until > $4",
                    cancellationToken, message.Id, renewedAt + Lease, attempts, renewedAt) == 0) continue;
                var reference = await sender.SendAsync(message, cancellationToken);
                await ExecuteAsync("update notification_outbox set status = 'sent', sent_at = $2, provider_reference = $3, lease_until = null, last_error = null where id = $1 and attempts = $4",
                    cancellationToken, message.Id, clock.GetUtcNow(), reference, attempts);
                sent++;
            }
            catch (Exception e) when (e is NotificationException or HttpRequestException or TaskCanceledException or NpgsqlException)
            {
                var failed = attempts >= MaxAttempts || e is NotificationException { Permanent: true };
                await ExecuteAsync("update notification_outbox set status = $2, next_attempt_at = $3, lease_until = null, last_error = $4 where id = $1 and attempts = $5",
                    CancellationToken.None, message.Id, failed ? "failed" : "pending", clock.GetUtcNow() + TimeSpan.FromMinutes(Math.Pow(2, attempts)), e.Message, attempts);
            }
        }
        return sent;
    }

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params object[] values)
    {
        await using var command = dataSource.CreateCommand(sql);
        foreach (var value in values) command.Parameters.AddWithValue(value);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

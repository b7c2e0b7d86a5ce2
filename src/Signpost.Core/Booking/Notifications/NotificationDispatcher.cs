using Microsoft.Extensions.Logging;
using Npgsql;
using Signpost.Core.Translation;

namespace Signpost.Core.Booking.Notifications;

/// <summary>
/// Sends due messages from the booking outbox. Safe with any number of instances: rows are claimed with
/// for update skip locked and a lease (a crashed instance's claim lapses and another retries). A failure is
/// retried with exponential backoff, up to <see cref="MaxAttempts"/> attempts. At least once, never in parallel.
/// Each message is written in the person's language where a translator approved its words (see <see cref="BookingMessages"/>).
/// </summary>
public class NotificationDispatcher(NpgsqlDataSource dataSource, TimeProvider clock, INotificationSender sender, BookingSettings settings, ILogger<NotificationDispatcher> logger,
    TranslationCache? translations = null)
{
    public const int MaxAttempts = 8;
    public const int BatchSize = 50;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <summary>30 s, 1 min, 2 min … capped at an hour.</summary>
    public static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(3600, 30 * Math.Pow(2, Math.Max(0, attempts - 1))));

    public async Task<DispatchResult> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        var (sent, retrying, failed, withdrawn) = (0, 0, 0, 0);
        foreach (var claim in await ClaimAsync(cancellationToken))
        {
            if (claim.Kind == "reminder" && claim.AppointmentStatus != AppointmentStatuses.Booked)
            {
                await UpdateAsync(NotificationSql.Withdraw, claim, c => { }, cancellationToken);
                withdrawn++;
                continue;
            }
            try
            {
                var personalisation = BookingMessages.ReadPersonalisation(claim.Personalisation);
                var words = translations is null || claim.Language is "en" or "" ? null : await translations.GetAsync(claim.Language, cancellationToken);
                var body = BookingMessages.Render(claim.Kind, claim.Language, personalisation, settings.PublicBaseUrl, words);
                var reference = await sender.SendAsync(new OutgoingMessage(claim.Id, claim.Kind, claim.Channel, claim.Recipient, claim.Language, body, personalisation), cancellationToken);
                await UpdateAsync(NotificationSql.Sent, claim, c => c.With("now", clock.GetUtcNow()).With("reference", reference), cancellationToken);
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("Notification {Id} ({Kind}) failed on attempt {Attempt}: {Error}", claim.Id, claim.Kind, claim.Attempts, e.GetType().Name);
                var next = clock.GetUtcNow() + Backoff(claim.Attempts);
                await UpdateAsync(NotificationSql.Retry, claim, c => c.With("max", MaxAttempts).With("next", next).With("error", Describe(e)), cancellationToken);
                if (claim.Attempts >= MaxAttempts) failed++; else retrying++;
            }
        }
        return new DispatchResult(sent, retrying, failed, withdrawn);
    }

    private sealed record Claimed(Guid Id, string Kind, string Channel, string Recipient, string Language, string Personalisation, int Attempts, string? AppointmentStatus);

    private async Task<List<Claimed>> ClaimAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var command = dataSource.CreateCommand(NotificationSql.Claim).With("now", now).With("lease", now + Lease).With("batch", BatchSize);
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<Claimed>();
        while (await r.ReadAsync(cancellationToken))
        {
            list.Add(new Claimed(r.GetGuid(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetInt32(6), r.IsDBNull(7) ? null : r.GetString(7)));
        }
        return list;
    }

    private async Task UpdateAsync(string sql, Claimed claim, Action<NpgsqlCommand> parameters, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql).With("id", claim.Id).With("attempts", claim.Attempts);
        parameters(command);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // The exception's type and first line, kept short; provider errors here never carry the recipient.
    private static string Describe(Exception e)
    {
        var text = $"{e.GetType().Name}: {e.Message.Split('\n')[0]}";
        return text.Length <= 300 ? text : text[..300];
    }
}

using Microsoft.Extensions.Logging;
using Npgsql;
using Signpost.Core.Navigation.Outbox;
using Signpost.Core.Translation;

namespace Signpost.Core.Booking.Notifications;

/// <summary>
/// Sends due messages from the booking outbox through the shared <see cref="INotificationSender"/> (GOV.UK Notify
/// or the development sender, as navigation's outbox). Safe with any number of instances: rows are claimed with
/// for update skip locked and a lease, and the lease is renewed just before each send, so a message whose claim
/// lapsed while earlier ones were slow is left to whoever claimed it next. A transient failure is retried with
/// exponential backoff, up to <see cref="MaxAttempts"/> attempts; a permanent one (Notify's 400) fails at once.
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

    /// <summary>The Notify template key of a booking message kind (<c>booking-confirmation</c> …).</summary>
    public static string TemplateKey(string kind) => "booking-" + kind;

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
            if (!await RenewAsync(claim, cancellationToken)) continue;
            try
            {
                var reference = await sender.SendAsync(await RenderAsync(claim, cancellationToken), cancellationToken);
                await UpdateAsync(NotificationSql.Sent, claim, c => c.With("now", clock.GetUtcNow()).With("reference", reference).With("sender", sender.Name), CancellationToken.None);
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var permanent = e is NotificationException { Permanent: true };
                logger.LogWarning("Booking notification {Id} ({Kind}) failed on attempt {Attempt} through {Sender}: {Error}{Permanent}",
                    claim.Id, claim.Kind, claim.Attempts, sender.Name, e.GetType().Name, permanent ? " (permanent)" : "");
                var next = clock.GetUtcNow() + Backoff(claim.Attempts);
                await UpdateAsync(NotificationSql.Retry, claim, c => c.With("max", MaxAttempts).With("permanent", permanent).With("next", next)
                    .With("error", Describe(e)).With("sender", sender.Name), CancellationToken.None);
                if (permanent || claim.Attempts >= MaxAttempts) failed++; else retrying++;
            }
        }
        return new DispatchResult(sent, retrying, failed, withdrawn);
    }

    private sealed record Claimed(Guid Id, string Kind, string Channel, string Recipient, string Language, string Personalisation, int Attempts, string? AppointmentStatus);

    private async Task<OutboxMessage> RenderAsync(Claimed claim, CancellationToken cancellationToken)
    {
        var personalisation = BookingMessages.ReadPersonalisation(claim.Personalisation);
        var words = translations is null || claim.Language is "en" or "" ? null : await translations.GetAsync(claim.Language, cancellationToken);
        var body = BookingMessages.Render(claim.Kind, claim.Language, personalisation, settings.PublicBaseUrl, words);
        return new OutboxMessage { Id = claim.Id, Channel = claim.Channel, Recipient = claim.Recipient, Body = body, Template = TemplateKey(claim.Kind), Attempts = claim.Attempts };
    }

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

    private async Task<bool> RenewAsync(Claimed claim, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var command = dataSource.CreateCommand(NotificationSql.Renew).With("id", claim.Id).With("attempts", claim.Attempts).With("now", now).With("lease", now + Lease);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private async Task UpdateAsync(string sql, Claimed claim, Action<NpgsqlCommand> parameters, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql).With("id", claim.Id).With("attempts", claim.Attempts);
        parameters(command);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // The exception's type and first line, kept short; provider errors here never carry the recipient or the text.
    private static string Describe(Exception e)
    {
        var text = e is NotificationException ? e.Message.Split('\n')[0] : $"{e.GetType().Name}: {e.Message.Split('\n')[0]}";
        return text.Length <= 300 ? text : text[..300];
    }
}

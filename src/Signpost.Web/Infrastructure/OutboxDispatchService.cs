using Signpost.Core.Navigation.Outbox;

namespace Signpost.Web.Infrastructure;

/// <summary>Runs the outbox dispatcher every few seconds in each app instance; instances share the work safely.</summary>
public sealed class OutboxDispatchService(OutboxDispatcher dispatcher, GovUkNotifyOptions options, ILogger<OutboxDispatchService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.DispatchIntervalSeconds));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await dispatcher.DispatchOnceAsync(cancellationToken: stoppingToken);
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException or InvalidOperationException)
            {
                logger.LogWarning("Outbox dispatch failed and will be retried: {Problem}", e.Message);
            }
        }
    }
}

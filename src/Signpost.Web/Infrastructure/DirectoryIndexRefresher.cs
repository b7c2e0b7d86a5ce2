using Signpost.Core.ServiceDirectory.Search.Memory;

namespace Signpost.Web.Infrastructure;

/// <summary>
/// Loads the in-memory directory search index before the app takes requests, then reads the change log every
/// <see cref="MemoryIndexSettings.RefreshSeconds"/> (each instance its own copy, all from the one shared log) and
/// prunes old log rows now and then. A failed look (or a failed first load) is logged and tried again; searches
/// meanwhile use the last picture, or SQL when there is none.
/// </summary>
public sealed class DirectoryIndexRefresher(MemoryIndex index, ILogger<DirectoryIndexRefresher> logger) : BackgroundService
{
    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(10);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await index.LoadAsync(cancellationToken);
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException)
        {
            // The app still starts (readiness reports the database); searches use SQL until a later look loads the index.
            logger.LogWarning("The directory search index could not be loaded at start-up and will be tried again: {Problem}", e.Message);
        }
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // With RefreshSeconds = 0 every search looks at the log itself; the loop then only retries a failed first load.
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(index.Settings.RefreshSeconds > 0 ? index.Settings.RefreshSeconds : 5));
        var lastPrune = DateTime.UtcNow;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (index.Settings.RefreshSeconds > 0 || index.Current is null) await index.RefreshAsync(stoppingToken);
                if (DateTime.UtcNow - lastPrune > PruneEvery)
                {
                    await index.PruneChangeLogAsync(stoppingToken);
                    lastPrune = DateTime.UtcNow;
                }
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or TimeoutException or InvalidOperationException)
            {
                logger.LogWarning("Reading the directory change log failed and will be retried: {Problem}", e.Message);
            }
        }
    }
}

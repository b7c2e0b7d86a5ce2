using Signpost.Core.ServiceDirectory.Search.Memory;

namespace Signpost.Web.Infrastructure;

/// <summary>
/// Loads the in-memory directory search index before the app takes requests, then reads the change log every
/// <see cref="MemoryIndexSettings.RefreshSeconds"/> (each instance its own copy, all from the one shared log) and
/// prunes old log rows now and then. A failed look is logged and tried again; searches meanwhile use the last picture.
/// </summary>
public sealed class DirectoryIndexRefresher(MemoryIndex index, ILogger<DirectoryIndexRefresher> logger) : BackgroundService
{
    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(10);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await index.LoadAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (index.Settings.RefreshSeconds <= 0) return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(index.Settings.RefreshSeconds));
        var lastPrune = DateTime.UtcNow;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await index.RefreshAsync(stoppingToken);
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

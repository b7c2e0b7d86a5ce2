using Signpost.Core.Translation;

namespace Signpost.Web.Languages;

/// <summary>Writes queued units to the translation memory (idempotent upserts, so safe with several instances).</summary>
public sealed class UnitRegistrationWorker(PendingUnits queue, IServiceScopeFactory scopes, ILogger<UnitRegistrationWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (await queue.Reader.WaitToReadAsync(stoppingToken))
        {
            var batch = new List<UnitSource>();
            while (batch.Count < 500 && queue.Reader.TryRead(out var unit)) batch.Add(unit);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<TranslationMemory>().RegisterAsync(batch, stoppingToken);
                scope.ServiceProvider.GetRequiredService<TranslationCache>().InvalidateAll();
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or TranslationException)
            {
                logger.LogWarning(e, "Could not register {Count} translatable units; they will be registered when next used.", batch.Count);
            }
            foreach (var unit in batch) queue.Done(unit.Key);
        }
    }
}

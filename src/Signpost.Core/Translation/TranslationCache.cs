using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Signpost.Core.Translation;

/// <summary>
/// Each language's current translations, held in memory and reloaded at most every <see cref="Lifetime"/>
/// (so another instance's change shows within that time; this instance's own changes call <see cref="Invalidate"/>).
/// A database failure gives English for a few seconds rather than a broken page.
/// </summary>
public sealed class TranslationCache(NpgsqlDataSource dataSource, TimeProvider clock, ILogger<TranslationCache> logger)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan FailureLifetime = TimeSpan.FromSeconds(5);
    private readonly ConcurrentDictionary<string, Lazy<Task<LanguageSnapshot>>> snapshots = new(StringComparer.Ordinal);

    public async Task<LanguageSnapshot> GetAsync(string language, CancellationToken cancellationToken = default)
    {
        var entry = snapshots.GetOrAdd(language, l => new Lazy<Task<LanguageSnapshot>>(() => LoadAsync(l)));
        var snapshot = await entry.Value.WaitAsync(cancellationToken);
        var age = clock.GetUtcNow() - snapshot.LoadedAt;
        if (age < Lifetime && (snapshot.KnownKeys.Count > 0 || age < FailureLifetime)) return snapshot;
        snapshots.TryUpdate(language, new Lazy<Task<LanguageSnapshot>>(() => LoadAsync(language)), entry);
        return await snapshots.GetOrAdd(language, l => new Lazy<Task<LanguageSnapshot>>(() => LoadAsync(l))).Value.WaitAsync(cancellationToken);
    }

    public void Invalidate(string language) => snapshots.TryRemove(language, out _);

    public void InvalidateAll() => snapshots.Clear();

    private async Task<LanguageSnapshot> LoadAsync(string language)
    {
        var at = clock.GetUtcNow();
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync();
            var known = new HashSet<string>(StringComparer.Ordinal);
            var byKey = new Dictionary<string, CachedTranslation>(StringComparer.Ordinal);
            await using var command = new NpgsqlCommand("""
                select u.key, u.safety_critical, t.text, t.state
                from translation_units u
                left join translations t on t.unit_id = u.id and t.language = $1 and t.source_hash = u.source_hash
                """, connection);
            command.Parameters.AddWithValue(language);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var key = reader.GetString(0);
                known.Add(key);
                if (!reader.IsDBNull(2)) byKey[key] = new CachedTranslation(reader.GetString(2), reader.GetString(3), reader.GetBoolean(1));
            }
            return new LanguageSnapshot(language, byKey, known, at);
        }
        catch (NpgsqlException e)
        {
            logger.LogWarning(e, "Could not load translations for {Language}; showing English for now.", language);
            return LanguageSnapshot.Empty(language, at);
        }
    }
}

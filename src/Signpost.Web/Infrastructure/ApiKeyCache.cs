using System.Collections.Concurrent;
using Signpost.Core.ApiKeys;

namespace Signpost.Web.Infrastructure;

/// <summary>
/// Remembers key lookups (found or not) for 30 seconds, so the 8 a.m. rush does not look the key up on every
/// call. A revoked key is therefore refused within 30 seconds on every instance.
/// </summary>
public class ApiKeyCache(IServiceScopeFactory scopes, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private const int MaxEntries = 10_000;
    private readonly ConcurrentDictionary<string, (ApiKey? Key, DateTimeOffset Until)> entries = new(StringComparer.Ordinal);

    public async Task<ApiKey?> FindAsync(string plainText, CancellationToken cancellationToken)
    {
        var hash = ApiKeyStore.Hash(plainText);
        var now = clock.GetUtcNow();
        if (entries.TryGetValue(hash, out var entry) && entry.Until > now) return entry.Key;
        using var scope = scopes.CreateScope();
        var key = await ActivatorUtilities.CreateInstance<ApiKeyStore>(scope.ServiceProvider).FindActiveAsync(plainText, cancellationToken);
        if (entries.Count >= MaxEntries) entries.Clear();
        entries[hash] = (key, now + Lifetime);
        return key;
    }
}

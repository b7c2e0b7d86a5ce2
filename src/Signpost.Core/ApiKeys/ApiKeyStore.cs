using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Data;

namespace Signpost.Core.ApiKeys;

/// <summary>Creates, finds and revokes API keys. Keys are 32 random bytes; only their SHA-256 is kept.</summary>
public partial class ApiKeyStore(SignpostDb db, AuditLog audit, TimeProvider clock)
{
    public const string Prefix = "sp_";

    /// <summary>Creates a key and returns it with its plain text, which is never stored.</summary>
    public async Task<(ApiKey Key, string PlainText)> CreateAsync(string name, IReadOnlyCollection<string> scopes, AuditActor actor, CancellationToken cancellationToken = default)
    {
        name = name.Trim();
        if (!NamePattern().IsMatch(name)) throw new ApiKeyException("Give the key a name of letters, digits, dots, hyphens or underscores (up to 63), like gp-connect-test.");
        if (scopes.Count == 0) throw new ApiKeyException($"Give at least one --scope ({string.Join(", ", ApiKeyScopes.All)}).");
        if (scopes.FirstOrDefault(s => !ApiKeyScopes.All.Contains(s)) is { } unknown) throw new ApiKeyException($"Unknown scope {unknown}. Scopes: {string.Join(", ", ApiKeyScopes.All)}.");
        if (await db.Set<ApiKey>().AnyAsync(k => k.Name == name, cancellationToken)) throw new ApiKeyException($"There is already an API key called {name}.");
        var plain = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var key = new ApiKey
        {
            Id = Guid.NewGuid(), Name = name, Scopes = scopes.Distinct().ToArray(), KeyPrefix = plain[..8], KeyHash = Hash(plain),
            CreatedBy = $"{actor.Type}:{actor.Name}", CreatedAt = clock.GetUtcNow(),
        };
        db.Set<ApiKey>().Add(key);
        audit.Record(actor, "api-key.created", "api-key", key.Name, new { key.Scopes });
        await db.SaveChangesAsync(cancellationToken);
        return (key, plain);
    }

    public async Task RevokeAsync(string name, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var key = await db.Set<ApiKey>().SingleOrDefaultAsync(k => k.Name == name.Trim() && k.RevokedAt == null, cancellationToken)
            ?? throw new ApiKeyException($"There is no active API key called {name}.");
        key.RevokedAt = clock.GetUtcNow();
        audit.Record(actor, "api-key.revoked", "api-key", key.Name);
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<List<ApiKey>> ListAsync(CancellationToken cancellationToken = default) =>
        db.Set<ApiKey>().AsNoTracking().OrderBy(k => k.Name).ToListAsync(cancellationToken);

    /// <summary>The active key with this plain text, or null.</summary>
    public Task<ApiKey?> FindActiveAsync(string plainText, CancellationToken cancellationToken = default)
    {
        var hash = Hash(plainText);
        return db.Set<ApiKey>().AsNoTracking().SingleOrDefaultAsync(k => k.KeyHash == hash && k.RevokedAt == null, cancellationToken);
    }

    public static string Hash(string plainText) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(plainText)));

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$")]
    private static partial Regex NamePattern();
}

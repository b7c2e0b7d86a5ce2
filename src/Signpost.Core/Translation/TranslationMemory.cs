using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Signpost.Core.Data;

namespace Signpost.Core.Translation;

/// <summary>Registers translatable units and reads their current translations.</summary>
public class TranslationMemory(SignpostDb db, TimeProvider clock)
{
    /// <summary>
    /// Adds new units and updates changed ones in one statement (safe when several instances register at once).
    /// A unit whose English changed keeps its translations, which are then stale until re-translated.
    /// Returns how many units were added or changed.
    /// </summary>
    public async Task<int> RegisterAsync(IReadOnlyCollection<UnitSource> units, CancellationToken cancellationToken = default)
    {
        foreach (var unit in units) Validate(unit);
        var distinct = units.GroupBy(u => u.Key, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        if (distinct.Count == 0) return 0;
        return await db.Database.ExecuteSqlRawAsync("""
            insert into translation_units (key, kind, source_text, source_hash, safety_critical, context, created_at, updated_at)
            select k, kd, s, h, sc, c, @now, @now from unnest(@keys, @kinds, @sources, @hashes, @safety, @contexts) as u(k, kd, s, h, sc, c)
            on conflict (key) do update set kind = excluded.kind, source_text = excluded.source_text, source_hash = excluded.source_hash,
                safety_critical = excluded.safety_critical, context = excluded.context, updated_at = excluded.updated_at
            where translation_units.source_hash <> excluded.source_hash or translation_units.safety_critical <> excluded.safety_critical
                or translation_units.kind <> excluded.kind or translation_units.context is distinct from excluded.context
            """,
            [
                new NpgsqlParameter("now", clock.GetUtcNow()),
                Array("keys", distinct.Select(u => u.Key)),
                Array("kinds", distinct.Select(u => u.Kind)),
                Array("sources", distinct.Select(u => SourceHash.Normalise(u.English))),
                Array("hashes", distinct.Select(u => SourceHash.Of(u.English))),
                new NpgsqlParameter("safety", NpgsqlDbType.Array | NpgsqlDbType.Boolean) { Value = distinct.Select(u => u.SafetyCritical).ToArray() },
                Array("contexts", distinct.Select(u => u.Context)),
            ],
            cancellationToken);
    }

    /// <summary>The current (not stale) translations of the given units in a language, by unit key.</summary>
    public async Task<IReadOnlyDictionary<string, UnitTranslation>> CurrentAsync(string language, IEnumerable<string> keys, CancellationToken cancellationToken = default)
    {
        var wanted = keys.Distinct().ToList();
        var rows = await db.Translations.AsNoTracking().Include(t => t.Unit)
            .Where(t => t.Language == language && wanted.Contains(t.Unit!.Key) && t.SourceHash == t.Unit!.SourceHash)
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(t => t.Unit!.Key, StringComparer.Ordinal);
    }

    private static NpgsqlParameter Array(string name, IEnumerable<string?> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values.ToArray() };

    private static void Validate(UnitSource unit)
    {
        if (string.IsNullOrWhiteSpace(unit.Key) || unit.Key.Length > TranslationUnit.MaxKeyLength) throw new TranslationException($"A unit key must be 1 to {TranslationUnit.MaxKeyLength} characters.");
        if (!UnitKind.All.Contains(unit.Kind)) throw new TranslationException($"“{unit.Kind}” is not a unit kind ({string.Join(", ", UnitKind.All)}).");
        var english = SourceHash.Normalise(unit.English ?? "");
        if (english.Length == 0 || english.Length > TranslationUnit.MaxSourceLength) throw new TranslationException($"The English of {unit.Key} must be 1 to {TranslationUnit.MaxSourceLength} characters.");
    }
}

using Microsoft.EntityFrameworkCore;
using Signpost.Core.Data;

namespace Signpost.Core.Translation;

/// <summary>
/// Registers the shipped template's units and adds each shipped language's drafts as <c>machine</c> translations
/// where the unit has none yet in that language (never over a translator's work). Runs at start-up under an
/// advisory lock, so several instances starting together load once.
/// </summary>
public class ShippedCatalogueLoader(SignpostDb db, TranslationMemory memory, TimeProvider clock)
{
    public const long LockKey = 0x5167_6E70_0200;

    public async Task<int> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync($"select pg_advisory_xact_lock({LockKey})", cancellationToken);
        await memory.RegisterAsync(ShippedCatalogues.Template(), cancellationToken);
        var units = await db.TranslationUnits.AsNoTracking().ToDictionaryAsync(u => u.Key, StringComparer.Ordinal, cancellationToken);
        var added = 0;
        foreach (var language in ShippedCatalogues.Languages())
        {
            var existing = (await db.Translations.Where(t => t.Language == language).Select(t => t.UnitId).ToListAsync(cancellationToken)).ToHashSet();
            foreach (var entry in ShippedCatalogues.Catalogue(language).Where(e => e.Str.Length > 0))
            {
                if (!units.TryGetValue(ShippedCatalogues.KeyOf(entry), out var unit) || existing.Contains(unit.Id) || unit.SourceText != entry.Id) continue;
                db.Translations.Add(new UnitTranslation
                {
                    UnitId = unit.Id, Language = language, Text = entry.Str, State = TranslationState.Machine,
                    SourceHash = unit.SourceHash, ProducedBy = ShippedCatalogues.ProducedBy, ProducedAt = clock.GetUtcNow(),
                });
                added++;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return added;
    }
}

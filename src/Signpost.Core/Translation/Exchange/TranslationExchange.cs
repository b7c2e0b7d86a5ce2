using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Data;

namespace Signpost.Core.Translation.Exchange;

/// <summary>
/// Exports a language's units for human translation tools (XLIFF 1.2 or PO) and imports them back. An import
/// is all or nothing: any entry whose English has changed, whose unit is unknown or whose text fails the
/// protected-token and glossary checks stops the whole file, with every problem listed.
/// </summary>
public class TranslationExchange(SignpostDb db, AuditLog audit, TranslationGuards guards, TimeProvider clock)
{
    public async Task<IReadOnlyList<ExchangeEntry>> ReadAsync(string language, string? keyPrefix, CancellationToken cancellationToken = default)
    {
        var units = db.TranslationUnits.AsNoTracking().Where(u => keyPrefix == null || u.Key.StartsWith(keyPrefix));
        var rows = await units.OrderBy(u => u.Key)
            .Select(u => new { Unit = u, Translation = db.Translations.FirstOrDefault(t => t.UnitId == u.Id && t.Language == language) })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ExchangeEntry(r.Unit.Key, r.Unit.Kind, r.Unit.SourceText, r.Unit.SafetyCritical, r.Unit.Context,
            r.Translation?.Text, r.Translation?.State, r.Translation is not null && r.Translation.SourceHash != r.Unit.SourceHash ? r.Translation.SourceHash : null)).ToList();
    }

    public async Task ExportAsync(string language, ExchangeFormat format, TextWriter writer, string? keyPrefix = null, CancellationToken cancellationToken = default)
    {
        var entries = await ReadAsync(language, keyPrefix, cancellationToken);
        if (format == ExchangeFormat.Po) PoExchange.Write(writer, language, entries);
        else XliffExchange.Write(writer, language, entries);
    }

    public async Task<ImportReport> ImportAsync(string language, ExchangeFormat format, TextReader reader, string fileName, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var (fileLanguage, entries) = format == ExchangeFormat.Po ? PoExchange.Read(reader, fileName) : XliffExchange.Read(reader, fileName);
        if (fileLanguage is not null && fileLanguage != language) return new ImportReport(0, 0, [$"{fileName} is for the language “{fileLanguage}”, not “{language}”."]);
        var keys = entries.Select(e => e.Key).ToList();
        var units = await db.TranslationUnits.AsNoTracking().Where(u => keys.Contains(u.Key)).ToDictionaryAsync(u => u.Key, StringComparer.Ordinal, cancellationToken);
        var ids = units.Values.Select(u => u.Id).ToList();
        var existing = await db.Translations.Where(t => t.Language == language && ids.Contains(t.UnitId)).ToDictionaryAsync(t => t.UnitId, cancellationToken);
        var guard = await guards.ForLanguageAsync(language, cancellationToken);
        var problems = new List<string>();
        var (updated, unchanged) = (0, 0);
        foreach (var entry in entries)
        {
            var outcome = Apply(entry, units.GetValueOrDefault(entry.Key), existing, guard, language, format, actor);
            if (outcome is null) unchanged++;
            else if (outcome.Length > 0) problems.Add($"{entry.Key}: {outcome}");
            else updated++;
        }
        if (problems.Count > 0) return new ImportReport(0, 0, problems);
        await db.SaveChangesAsync(cancellationToken);
        return new ImportReport(updated, unchanged, []);
    }

    // null: nothing to do; "": applied; otherwise the problem.
    private string? Apply(ExchangeEntry entry, TranslationUnit? unit, Dictionary<long, UnitTranslation> existing, TranslationGuard guard, string language, ExchangeFormat format, AuditActor actor)
    {
        if (unit is null) return "Signpost has no text with this key";
        if (entry.Text is null) return null;
        if (SourceHash.Normalise(entry.English) != unit.SourceText) return "the English has changed since this file was exported: export again";
        var row = existing.GetValueOrDefault(unit.Id);
        if (row is not null && row.Text == entry.Text && (entry.Stale || row.State == entry.State && row.SourceHash == unit.SourceHash)) return null;
        // Stale text the translator did not touch comes back stale (against the older English), as it was exported.
        var keepStale = entry.Stale && row is null;
        if (keepStale && !System.Text.RegularExpressions.Regex.IsMatch(entry.TranslatedHash!, "^[0-9a-f]{64}$")) return "the translated-hash is not a SHA-256";
        if (!keepStale && guard.Check(unit.SourceText, entry.Text) is { Count: > 0 } problems) return string.Join("; ", problems);
        var now = clock.GetUtcNow();
        if (row is null) db.Translations.Add(row = new UnitTranslation { UnitId = unit.Id, Language = language });
        var previous = row.State;
        if (row.Text != entry.Text || row.SourceHash != unit.SourceHash && !keepStale) (row.Text, row.ProducedBy, row.ProducedAt) = (entry.Text, $"import:{format.ToString().ToLowerInvariant()}:{actor.Name}", now);
        row.SourceHash = keepStale ? entry.TranslatedHash! : unit.SourceHash;
        row.State = entry.State ?? TranslationState.Reviewed;
        var reviewed = row.State != TranslationState.Machine;
        var approved = row.State == TranslationState.Approved;
        (row.ReviewedBy, row.ReviewedAt) = (reviewed ? actor.Name : null, reviewed ? now : null);
        (row.ApprovedBy, row.ApprovedAt) = (approved ? actor.Name : null, approved ? now : null);
        audit.Record(actor, "translation.imported", "translation_unit", unit.Key, new { language, previousState = previous, state = row.State, format = format.ToString() });
        return "";
    }
}

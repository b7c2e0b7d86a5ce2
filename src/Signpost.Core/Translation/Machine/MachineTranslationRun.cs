using Microsoft.EntityFrameworkCore;
using Polly.CircuitBreaker;
using Signpost.Core.Data;
using Signpost.Core.Languages;

namespace Signpost.Core.Translation.Machine;

/// <summary>
/// Translates every unit that has no current translation in a language: exact matches from the translation
/// memory first, then the machine translator in batches, with protected tokens masked and every result checked.
/// A result that fails the checks is stored as a rejection, never as a translation. Safe to run twice at once:
/// a translation is only written where none is current.
/// </summary>
public class MachineTranslationRun(SignpostDb db, TranslationGuards guards, TimeProvider clock)
{
    public async Task<MachineTranslationReport> RunAsync(Language target, IMachineTranslator translator, int batchSize, IProgress<(int Done, int Total)>? progress = null, string? keyPrefix = null, CancellationToken cancellationToken = default)
    {
        var language = target.Code;
        var units = await db.TranslationUnits.AsNoTracking()
            .Where(u => keyPrefix == null || u.Key.StartsWith(keyPrefix))
            .Where(u => !db.Translations.Any(t => t.UnitId == u.Id && t.Language == language && t.SourceHash == u.SourceHash))
            .OrderBy(u => u.Id).ToListAsync(cancellationToken);
        var guard = await guards.ForLanguageAsync(language, cancellationToken);
        var (translated, rejected, skipped, done) = (0, 0, 0, 0);
        var rejections = new List<string>();
        string? lastError = null;
        var remaining = new List<TranslationUnit>();
        foreach (var unit in units)
        {
            if (await CopyFromMemoryAsync(unit, language, cancellationToken)) translated++;
            else remaining.Add(unit);
        }
        progress?.Report((done = translated, units.Count));
        foreach (var batch in remaining.Chunk(Math.Max(1, batchSize)))
        {
            var masked = batch.Select(u => guard.Mask(u.SourceText)).ToList();
            IReadOnlyList<string> output;
            try
            {
                output = await translator.TranslateAsync(masked.Select(m => m.Text).ToList(), LanguageCatalogue.Default.English, target, cancellationToken);
            }
            catch (Exception e) when (e is HttpRequestException or MachineTranslationException or BrokenCircuitException or Polly.Timeout.TimeoutRejectedException)
            {
                (skipped, lastError) = (skipped + batch.Length, e.Message);
                progress?.Report((done += batch.Length, units.Count));
                continue;
            }
            for (var i = 0; i < batch.Length; i++)
            {
                var result = guard.Unmask(batch[i].SourceText, masked[i], output[i]);
                if (result.Accepted)
                {
                    await UpsertAsync(batch[i], language, result.Text!, "machine:" + translator.Name, cancellationToken);
                    translated++;
                    continue;
                }
                rejected++;
                var reason = string.Join("; ", result.Problems);
                rejections.Add($"{batch[i].Key}: {reason}");
                db.TranslationRejections.Add(new TranslationRejection { UnitId = batch[i].Id, Language = language, Provider = translator.Name, Reason = reason, Candidate = output[i], At = clock.GetUtcNow() });
            }
            await db.SaveChangesAsync(cancellationToken);
            progress?.Report((done += batch.Length, units.Count));
        }
        return new MachineTranslationReport(translated, rejected, skipped, rejections, lastError);
    }

    // Exact match: another unit with the same English already has a checked translation in this language.
    private async Task<bool> CopyFromMemoryAsync(TranslationUnit unit, string language, CancellationToken cancellationToken)
    {
        var match = await db.Translations.AsNoTracking()
            .Where(t => t.Language == language && t.UnitId != unit.Id && t.SourceHash == unit.SourceHash && t.Unit!.SourceHash == unit.SourceHash
                && (t.State == TranslationState.Reviewed || t.State == TranslationState.Approved))
            .OrderByDescending(t => t.State == TranslationState.Approved).Select(t => t.Text).FirstOrDefaultAsync(cancellationToken);
        if (match is null) return false;
        await UpsertAsync(unit, language, match, "memory", cancellationToken);
        return true;
    }

    private Task<int> UpsertAsync(TranslationUnit unit, string language, string text, string producedBy, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync($"""
            insert into translations (unit_id, language, text, state, source_hash, produced_by, produced_at)
            values ({unit.Id}, {language}, {text}, 'machine', {unit.SourceHash}, {producedBy}, {clock.GetUtcNow()})
            on conflict (unit_id, language) do update set text = excluded.text, state = 'machine', source_hash = excluded.source_hash,
                produced_by = excluded.produced_by, produced_at = excluded.produced_at,
                reviewed_by = null, reviewed_at = null, approved_by = null, approved_at = null
            where translations.source_hash <> excluded.source_hash
            """, cancellationToken);
}

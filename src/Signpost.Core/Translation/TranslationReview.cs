using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Data;
using Signpost.Core.Languages;

namespace Signpost.Core.Translation;

/// <summary>
/// What translators do: save an edited or checked text as reviewed or approved, or approve the current text.
/// Every action is checked against the protected tokens and glossary, and audited in the same transaction.
/// </summary>
public class TranslationReview(SignpostDb db, AuditLog audit, TranslationGuards guards, TimeProvider clock)
{
    public async Task<ReviewResult> SaveAsync(SaveTranslationOptions options, CancellationToken cancellationToken = default)
    {
        var text = SourceHash.Normalise(options.Text ?? "");
        if (text.Length == 0) return ReviewResult.Refused("Enter the translation");
        if (text.Length > UnitTranslation.MaxTextLength) return ReviewResult.Refused($"The translation must be {UnitTranslation.MaxTextLength} characters or fewer");
        if (options.State is not (TranslationState.Reviewed or TranslationState.Approved)) return ReviewResult.Refused("Choose reviewed or approved");
        var (unit, problem) = await FindUnitAsync(options.UnitId, options.Language, cancellationToken);
        if (unit is null) return ReviewResult.Refused(problem!);
        var problems = (await guards.ForLanguageAsync(options.Language, cancellationToken)).Check(unit.SourceText, text);
        if (problems.Count > 0) return new ReviewResult(false, problems);

        var row = await db.Translations.SingleOrDefaultAsync(t => t.UnitId == unit.Id && t.Language == options.Language, cancellationToken);
        var previous = row is null ? null : new { row.State, Stale = row.IsStaleFor(unit), Changed = row.Text != text };
        var now = clock.GetUtcNow();
        if (row is null) db.Translations.Add(row = new UnitTranslation { UnitId = unit.Id, Language = options.Language });
        if (row.Text != text || row.IsStaleFor(unit))
        {
            row.Text = text;
            row.ProducedBy = $"{options.Actor.Type}:{options.Actor.Name}";
            row.ProducedAt = now;
        }
        row.SourceHash = unit.SourceHash;
        row.State = options.State;
        (row.ReviewedBy, row.ReviewedAt) = (options.Actor.Name, now);
        var approved = options.State == TranslationState.Approved;
        row.ApprovedBy = approved ? options.Actor.Name : null;
        row.ApprovedAt = approved ? now : null;
        audit.Record(options.Actor, "translation." + options.State, "translation_unit", unit.Key,
            new { language = options.Language, previousState = previous?.State, wasStale = previous?.Stale, textChanged = previous?.Changed ?? true });
        await db.SaveChangesAsync(cancellationToken);
        return ReviewResult.Ok;
    }

    /// <summary>Approves the current text as it stands (it must exist and not be stale).</summary>
    public async Task<ReviewResult> ApproveAsync(long unitId, string language, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var row = await db.Translations.AsNoTracking().Include(t => t.Unit).SingleOrDefaultAsync(t => t.UnitId == unitId && t.Language == language, cancellationToken);
        if (row is null) return ReviewResult.Refused("There is no translation to approve yet: enter one first");
        if (row.IsStaleFor(row.Unit!)) return ReviewResult.Refused("The English has changed since this was translated: update the translation first");
        return await SaveAsync(new SaveTranslationOptions(unitId, language, row.Text, TranslationState.Approved, actor), cancellationToken);
    }

    private async Task<(TranslationUnit? Unit, string? Problem)> FindUnitAsync(long unitId, string language, CancellationToken cancellationToken)
    {
        if (LanguageCatalogue.Default.Find(language) is not { } found || found.Code == LanguageCatalogue.EnglishCode || found.Code != language)
        {
            return (null, "Choose a language from the catalogue other than English");
        }
        var unit = await db.TranslationUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken);
        return unit is null ? (null, "That text no longer exists") : (unit, null);
    }
}

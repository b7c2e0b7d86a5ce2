using Microsoft.EntityFrameworkCore;
using Signpost.Core.Data;

namespace Signpost.Core.Translation;

/// <summary>
/// How far each language's UI strings (those in the shipped template) are translated: <c>approved</c> when every
/// one has a current approved translation, <c>reviewed</c> when every one is at least reviewed, <c>machine</c>
/// when any has a current translation, else <c>none</c>.
/// </summary>
public class LanguageUiStatus(SignpostDb db)
{
    public const string Approved = "approved", Reviewed = "reviewed", Machine = "machine", None = "none";
    private static readonly Lazy<string[]> UiKeys = new(() => ShippedCatalogues.UiKeys().ToArray());

    public async Task<IReadOnlyDictionary<string, string>> AllAsync(CancellationToken cancellationToken = default)
    {
        var keys = UiKeys.Value;
        var counts = await db.Translations.AsNoTracking()
            .Where(t => keys.Contains(t.Unit!.Key) && t.SourceHash == t.Unit!.SourceHash)
            .GroupBy(t => new { t.Language, t.State })
            .Select(g => new { g.Key.Language, g.Key.State, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return counts.GroupBy(c => c.Language).ToDictionary(g => g.Key, g =>
        {
            var approved = g.Where(c => c.State == TranslationState.Approved).Sum(c => c.Count);
            var reviewed = g.Where(c => c.State == TranslationState.Reviewed).Sum(c => c.Count);
            var total = g.Sum(c => c.Count);
            return approved == keys.Length ? Approved : approved + reviewed == keys.Length ? Reviewed : total > 0 ? Machine : None;
        });
    }
}

using Microsoft.EntityFrameworkCore;
using Signpost.Core.Data;

namespace Signpost.Core.Translation;

/// <summary>Builds the <see cref="TranslationGuard"/> for a language: its glossary plus the names of BLMK practices and pharmacies.</summary>
public class TranslationGuards(SignpostDb db)
{
    public async Task<TranslationGuard> ForLanguageAsync(string language, CancellationToken cancellationToken = default)
    {
        var glossary = await db.GlossaryTerms.AsNoTracking().Where(g => g.Language == language).ToListAsync(cancellationToken);
        var practices = await db.GpPractices.AsNoTracking().Where(p => p.StatusCode == "A").Select(p => p.Name).ToListAsync(cancellationToken);
        var pharmacies = await db.Pharmacies.AsNoTracking().Select(p => p.Name).ToListAsync(cancellationToken);
        return new TranslationGuard(glossary, practices.Concat(pharmacies));
    }
}

using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Data;
using Signpost.Core.Languages;
using Signpost.Core.Translation;

namespace Signpost.Web.Pages.Staff.Translations;

public class IndexModel(SignpostDb db) : PageModel
{
    public int Units { get; private set; }
    public IReadOnlyList<LanguageProgress> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Units = await db.TranslationUnits.CountAsync();
        var counts = await db.Translations.AsNoTracking()
            .GroupBy(t => new { t.Language, Stale = t.SourceHash != t.Unit!.SourceHash, t.State })
            .Select(g => new { g.Key.Language, g.Key.Stale, g.Key.State, Count = g.Count() })
            .ToListAsync();
        Rows = LanguageCatalogue.Default.All.Where(l => l.Code != LanguageCatalogue.EnglishCode).Select(l =>
        {
            var mine = counts.Where(c => c.Language == l.Code).ToList();
            int Of(string state) => mine.Where(c => !c.Stale && c.State == state).Sum(c => c.Count);
            return new LanguageProgress(l, Of(TranslationState.Approved), Of(TranslationState.Reviewed), Of(TranslationState.Machine), mine.Where(c => c.Stale).Sum(c => c.Count));
        }).ToList();
    }
}

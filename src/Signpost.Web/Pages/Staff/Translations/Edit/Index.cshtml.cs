using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Data;
using Signpost.Core.Languages;
using Signpost.Core.Translation;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Pages.Staff.Translations.Edit;

public class IndexModel(SignpostDb db, TranslationReview review, TranslationCache cache) : PageModel
{
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? Decision { get; set; }
    [FromQuery(Name = "saved")] public string? Saved { get; set; }
    public Language Language { get; private set; } = LanguageCatalogue.Default.English;
    public TranslationUnit Unit { get; private set; } = new();
    public UnitTranslation? Current { get; private set; }
    public bool Stale => Current is not null && Current.SourceHash != Unit.SourceHash;
    public IReadOnlyList<string> Tokens { get; private set; } = [];
    public IReadOnlyList<GlossaryTerm> Glossary { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string language, long unitId)
    {
        if (!await LoadAsync(language, unitId)) return NotFound();
        Text = Current?.Text;
        if (!TranslationState.IsValid(Saved)) Saved = null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string language, long unitId)
    {
        if (!await LoadAsync(language, unitId)) return NotFound();
        var state = Decision == TranslationState.Approved ? TranslationState.Approved : TranslationState.Reviewed;
        var result = await review.SaveAsync(new SaveTranslationOptions(unitId, Language.Code, Text ?? "", state, AuditActor.User(User.Email(), ClientAddress.Of(HttpContext))));
        if (!result.Saved)
        {
            foreach (var problem in result.Problems) ModelState.AddModelError(nameof(Text), problem);
            return Page();
        }
        cache.Invalidate(Language.Code);
        return Redirect($"/staff/translations/{Language.Code}/{unitId}?saved={state}");
    }

    private async Task<bool> LoadAsync(string language, long unitId)
    {
        if (LanguageCatalogue.Default.Find(language) is not { } found || found.Code == LanguageCatalogue.EnglishCode || found.Code != language) return false;
        if (await db.TranslationUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId) is not { } unit) return false;
        (Language, Unit) = (found, unit);
        Current = await db.Translations.AsNoTracking().SingleOrDefaultAsync(t => t.UnitId == unitId && t.Language == language);
        var glossary = await db.GlossaryTerms.AsNoTracking().Where(g => g.Language == language).ToListAsync();
        Glossary = glossary.Where(g => unit.SourceText.Contains(g.SourceTerm, StringComparison.OrdinalIgnoreCase)).ToList();
        Tokens = new ProtectedTokens(glossary.Where(g => g.DoNotTranslate).Select(g => g.SourceTerm)).Find(unit.SourceText).Select(t => t.Value).Distinct().ToList();
        return true;
    }
}

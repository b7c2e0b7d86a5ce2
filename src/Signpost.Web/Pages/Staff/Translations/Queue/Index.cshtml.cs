using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Data;
using Signpost.Core.Languages;
using Signpost.Core.Translation;

namespace Signpost.Web.Pages.Staff.Translations.Queue;

public class IndexModel(SignpostDb db) : PageModel
{
    public const int PageSize = 200;

    public static IReadOnlyList<(string Value, string Text)> Filters { get; } =
    [
        ("queue", "Needs work: missing, machine, reviewed or stale"), ("missing", "Missing"), ("machine", "Machine"),
        ("reviewed", "Reviewed, not approved"), ("stale", "Stale"), ("approved", "Approved"), ("all", "All"),
    ];

    [BindProperty(SupportsGet = true)] public string Show { get; set; } = "queue";
    public Language Language { get; private set; } = LanguageCatalogue.Default.English;
    public IReadOnlyList<QueueItem> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string language)
    {
        if (LanguageCatalogue.Default.Find(language) is not { } found || found.Code == LanguageCatalogue.EnglishCode || found.Code != language) return NotFound();
        Language = found;
        if (Filters.All(f => f.Value != Show)) Show = "queue";
        var rows = db.TranslationUnits.AsNoTracking().Select(u => new
        {
            u.Id, u.Key, u.SourceText, u.SafetyCritical, u.SourceHash,
            T = db.Translations.FirstOrDefault(t => t.UnitId == u.Id && t.Language == language),
        });
        rows = Show switch
        {
            "missing" => rows.Where(r => r.T == null),
            "machine" => rows.Where(r => r.T != null && r.T.State == TranslationState.Machine && r.T.SourceHash == r.SourceHash),
            "reviewed" => rows.Where(r => r.T != null && r.T.State == TranslationState.Reviewed && r.T.SourceHash == r.SourceHash),
            "approved" => rows.Where(r => r.T != null && r.T.State == TranslationState.Approved && r.T.SourceHash == r.SourceHash),
            "stale" => rows.Where(r => r.T != null && r.T.SourceHash != r.SourceHash),
            "all" => rows,
            _ => rows.Where(r => r.T == null || r.T.State != TranslationState.Approved || r.T.SourceHash != r.SourceHash),
        };
        var list = await rows.OrderByDescending(r => r.SafetyCritical).ThenBy(r => r.Key).Take(PageSize).ToListAsync();
        Items = list.Select(r => new QueueItem(r.Id, r.SourceText, r.SafetyCritical, r.T?.Text, r.T?.State, r.T is not null && r.T.SourceHash != r.SourceHash)).ToList();
        return Page();
    }
}

using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Languages;
using Signpost.Core.Translation;
using Signpost.Web.Languages;

namespace Signpost.Web.Pages.Languages;

public class IndexModel(LanguageUiStatus status) : PageModel
{
    private IReadOnlyDictionary<string, string> statuses = new Dictionary<string, string>();

    public IReadOnlyList<Language> Languages => LanguageCatalogue.Default.All;

    public DateOnly CensusDay { get; } = new(2021, 3, 21);

    public async Task OnGetAsync() => statuses = await status.AllAsync(HttpContext.RequestAborted);

    public IHtmlContent StatusText(PageText t, string code) =>
        (code == LanguageCatalogue.EnglishCode ? "original" : statuses.GetValueOrDefault(code, LanguageUiStatus.None)) switch
        {
            "original" => t["Original text"],
            LanguageUiStatus.Approved => t["Checked by a translator"],
            LanguageUiStatus.Reviewed => t["Reviewed, not yet approved"],
            LanguageUiStatus.Machine => t["Automatic translation, not yet checked"],
            _ => t["Not translated yet"],
        };
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Navigation;
using Signpost.Core.Navigation.Requests;
using Signpost.Web.Pages.Shared.Navigation;

namespace Signpost.Web.Pages.Requests.Start;

/// <summary>The red-flag screen: the first question of the online form, before anything else is asked.</summary>
public class IndexModel(NavigationAssessor assessor, RequestIntake intake) : PageModel
{
    [BindProperty] public List<string> RedFlags { get; set; } = [];

    public RedFlagScreenView Screen => RedFlagScreenView.From(assessor, RedFlags);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var flags = RedFlags.Where(assessor.IsRedFlag).Distinct().ToList();
        if (flags.Count == 0 && !RedFlags.Contains("none"))
        {
            ModelState.AddModelError(nameof(RedFlags), "Select any of these they have now, or select 'None of these'");
            return Page();
        }
        if (flags.Count == 0) return Redirect("/request/details?screened=none");
        await intake.RecordEmergencyAdviceAsync(RequestVocabulary.Online, flags, HttpContext.RequestAborted);
        return Redirect("/request/emergency?" + string.Join("&", flags.Select(f => "flag=" + Uri.EscapeDataString(f))));
    }
}

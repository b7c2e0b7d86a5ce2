using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Navigation;
using Signpost.Web.Pages.Shared.Navigation;

namespace Signpost.Web.Pages.Requests.Emergency;

/// <summary>The advice shown at once when the red-flag screen finds something: 999, A&amp;E, the crisis line or a GP today.</summary>
public class IndexModel(NavigationAssessor assessor) : PageModel
{
    public EmergencyAdviceView Advice { get; private set; } = EmergencyAdviceView.None;
    public string ContinueUrl { get; private set; } = "/request/details?screened=none";
    public string Heading => Advice.Heading;

    public void OnGet([Microsoft.AspNetCore.Mvc.FromQuery(Name = "flag")] string[] flags)
    {
        var known = flags.Where(assessor.IsRedFlag).Distinct().ToList();
        var assessment = assessor.Assess(new AssessmentInput { AgeYears = 30, Sex = "other", Description = "-", RedFlags = known });
        Advice = known.Count == 0 ? EmergencyAdviceView.None : EmergencyAdviceView.From(assessment);
        ContinueUrl = "/request/details?" + string.Join("&", known.Select(f => "flag=" + Uri.EscapeDataString(f)).DefaultIfEmpty("screened=none"));
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Navigation.Feedback;
using Signpost.Web.Pages.Shared.Navigation;

namespace Signpost.Web.Pages.Feedback;

/// <summary>First-contact feedback by a single-use link sent with the outcome message.</summary>
public class IndexModel(FirstContactFeedbackService feedback) : PageModel
{
    [BindProperty] public int? Ease { get; set; }
    [BindProperty] public int? Respect { get; set; }
    [BindProperty] public string? PreferenceRespected { get; set; }

    public FeedbackLinkState State { get; private set; }
    public FeedbackQuestionsView Questions => new("", Ease, Respect, PreferenceRespected);

    public async Task OnGetAsync(string token) => State = await feedback.StateAsync(token, HttpContext.RequestAborted);

    public async Task OnPostAsync(string token)
    {
        var (state, errors) = await feedback.SubmitByLinkAsync(token, new FeedbackAnswers(Ease, Respect, PreferenceRespected, null), HttpContext.RequestAborted);
        foreach (var (key, message) in errors) ModelState.AddModelError(key, message);
        State = state;
    }
}

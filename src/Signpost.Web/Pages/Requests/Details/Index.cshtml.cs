using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Audit;
using Signpost.Core.Navigation;
using Signpost.Core.Navigation.Capacity;
using Signpost.Core.Navigation.Requests;
using Signpost.Web.Infrastructure;
using Signpost.Web.Pages.Shared.Navigation;

namespace Signpost.Web.Pages.Requests.Details;

/// <summary>The online request form, after the red-flag screen. Emergency words in the text show 999 advice at once.</summary>
public class IndexModel(NavigationAssessor assessor, RequestIntake intake, PracticeList practices, WorkingCalendar calendar) : PageModel
{
    [BindProperty] public RequestForm Form { get; set; } = new();

    public RequestFieldsView Fields { get; private set; } = null!;
    public NavigationRequest? Saved { get; private set; }
    public EmergencyAdviceView? Advice { get; private set; }
    public string? NotAccepted { get; private set; }
    public string DueText => Saved is null ? "" : calendar.Local(Saved.OutcomeDueAt).ToString("h:mmtt 'on' dddd d MMMM", System.Globalization.CultureInfo.GetCultureInfo("en-GB")).Replace("AM", "am").Replace("PM", "pm");

    public async Task<IActionResult> OnGetAsync([FromQuery] string? screened, [FromQuery(Name = "flag")] string[] flags)
    {
        Form.RedFlags = flags.Where(assessor.IsRedFlag).Distinct().ToList();
        if (screened != "none" && Form.RedFlags.Count == 0) return Redirect("/request");
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var errors = new Dictionary<string, string>();
        var options = Form.ToOptions(RequestVocabulary.Online, null, errors);
        var result = errors.Count == 0 ? await intake.SubmitAsync(options, AuditActor.Anonymous(ClientAddress.Of(HttpContext)), HttpContext.RequestAborted) : null;
        var fieldErrors = result?.Errors ?? await intake.ValidateAsync(options, HttpContext.RequestAborted);
        foreach (var (key, message) in fieldErrors) errors.TryAdd(key, message);
        ModelState.AddAll(errors);
        if (result is { Saved: true })
        {
            Saved = result.Request;
            if (result.Assessment!.IsEmergency) Advice = EmergencyAdviceView.From(result.Assessment);
        }
        NotAccepted = result?.NotAcceptedMessage;
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync() => Fields = new RequestFieldsView(Form, await practices.ActiveAsync(HttpContext.RequestAborted), Staff: false);
}

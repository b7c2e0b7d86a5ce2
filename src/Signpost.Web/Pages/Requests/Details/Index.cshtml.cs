using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Audit;
using Signpost.Core.Navigation;
using Signpost.Core.Navigation.Capacity;
using Signpost.Core.Navigation.Requests;
using Signpost.Web.Infrastructure;
using Signpost.Web.Languages;
using Signpost.Web.Pages.Shared.Navigation;

namespace Signpost.Web.Pages.Requests.Details;

/// <summary>The online request form, after the red-flag screen. Emergency words in the text show 999 advice at once.</summary>
public class IndexModel(NavigationAssessor assessor, RequestIntake intake, PracticeList practices, WorkingCalendar calendar, TimeProvider clock) : PageModel
{
    [BindProperty] public RequestForm Form { get; set; } = new();

    public RequestFieldsView Fields { get; private set; } = null!;
    public NavigationRequest? Saved { get; private set; }
    public EmergencyAdviceView? Advice { get; private set; }
    public string? NotAccepted { get; private set; }
    /// <summary>When the practice will reply: "6:30pm on Tuesday 24 November" in English, else 24-hour time and the language's own date.</summary>
    public string DueText(System.Globalization.CultureInfo? culture)
    {
        if (Saved is null) return "";
        var due = calendar.Local(Saved.OutcomeDueAt);
        return culture is null
            ? due.ToString("h:mmtt 'on' dddd d MMMM", System.Globalization.CultureInfo.GetCultureInfo("en-GB")).Replace("AM", "am").Replace("PM", "pm")
            : due.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) + ", " + due.ToString("dddd d MMMM", culture);
    }

    public async Task<IActionResult> OnGetAsync([FromQuery] string? screened, [FromQuery(Name = "flag")] string[] flags)
    {
        Form.RedFlags = flags.Where(assessor.IsRedFlag).Distinct().ToList();
        // Someone reading Signpost in a language the form offers probably prefers it; they can change it.
        if (HttpContext.Features.Get<RequestLanguage>()?.Language.Code is { } shown && RequestVocabulary.Languages.ContainsKey(shown)) Form.PreferredLanguage = shown;
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
        if (result is not { Saved: true } && UnsavedTextScreen.FindEmergency(assessor, options, DateOnly.FromDateTime(calendar.Local(clock.GetUtcNow()))) is { } emergency)
        {
            Advice = EmergencyAdviceView.From(emergency);
            await intake.RecordEmergencyAdviceAsync(RequestVocabulary.Online, options.RedFlags.Where(assessor.IsRedFlag).ToList(), HttpContext.RequestAborted);
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync() => Fields = new RequestFieldsView(Form, await practices.ActiveAsync(HttpContext.RequestAborted), Staff: false);
}

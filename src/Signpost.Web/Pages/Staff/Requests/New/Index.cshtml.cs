using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Audit;
using Signpost.Core.Navigation;
using Signpost.Core.Navigation.Requests;
using Signpost.Web.Infrastructure;
using Signpost.Web.Pages.Requests;
using Signpost.Web.Pages.Shared.Navigation;

namespace Signpost.Web.Pages.Staff.Requests.New;

/// <summary>The reception flow: a navigator enters a phone or walk-in request in the same form; it is always accepted.</summary>
public class IndexModel(NavigationAssessor assessor, RequestIntake intake, PracticeList practices) : PageModel
{
    [BindProperty] public RequestForm Form { get; set; } = new();
    [BindProperty] public List<string> RedFlags { get; set; } = [];
    [BindProperty] public string Channel { get; set; } = "phone";

    public RequestFieldsView Fields { get; private set; } = null!;
    public RedFlagScreenView Screen => RedFlagScreenView.From(assessor, RedFlags);

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        Form.RedFlags = RedFlags.Where(assessor.IsRedFlag).ToList();
        var errors = new Dictionary<string, string>();
        if (Form.RedFlags.Count == 0 && !RedFlags.Contains("none")) errors["RedFlags"] = "Ask the red-flag questions: select any they have now, or 'None of these'";
        if (Channel is not ("phone" or "walk-in")) errors["Channel"] = "Select how the request came in";
        var options = Form.ToOptions(Channel, User.Email(), errors);
        if (errors.Count == 0)
        {
            var result = await intake.SubmitAsync(options, AuditActor.User(User.Email(), ClientAddress.Of(HttpContext)), HttpContext.RequestAborted);
            if (result.Saved) return Redirect($"/staff/requests/{result.Request!.Id}");
            foreach (var (key, message) in result.Errors) errors.TryAdd(key, message);
        }
        else
        {
            foreach (var (key, message) in await intake.ValidateAsync(options, HttpContext.RequestAborted)) errors.TryAdd(key, message);
        }
        ModelState.AddAll(errors);
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync() => Fields = new RequestFieldsView(Form, await practices.ActiveAsync(HttpContext.RequestAborted), Staff: true);
}

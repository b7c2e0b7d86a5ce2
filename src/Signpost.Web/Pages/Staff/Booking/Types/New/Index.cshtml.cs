using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Audit;
using Signpost.Core.Booking.Catalogue;
using Signpost.Web.Infrastructure;
using Signpost.Web.Pages.Staff.Booking.Schedules;

namespace Signpost.Web.Pages.Staff.Booking.Types.New;

/// <summary>Add an appointment type.</summary>
public class IndexModel(AppointmentTypeEditor editor) : PageModel
{
    [BindProperty] public TypeForm Form { get; set; } = new();

    public void OnGet() => Form = new TypeForm { Booking = AppointmentTypeRules.PreBookable, WindowDays = "14", NoticeMinutes = "0" };

    public async Task<IActionResult> OnPostAsync()
    {
        var check = AppointmentTypeRules.Check(Form.ToInput());
        if (check.Values is null) return Refuse(check.Problems);
        var saved = await editor.CreateAsync(check.Values, AuditActor.User(User.Email(), ClientAddress.Of(HttpContext)), HttpContext.RequestAborted);
        if (saved.Problem is not null) return Refuse([saved.Problem]);
        TempData[RotaBanner.Key] = $"Appointment type {check.Values.Name} added. Schedules of the same role can now offer it in their sessions.";
        return Redirect("/staff/booking/types");
    }

    private PageResult Refuse(IEnumerable<FieldProblem> problems)
    {
        foreach (var p in problems) ModelState.AddModelError($"{nameof(Form)}.{p.Field}", p.Message);
        return Page();
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Booking;
using Signpost.Core.Booking.Catalogue;
using Signpost.Core.Data;
using Signpost.Web.Infrastructure;
using Signpost.Web.Pages.Staff.Booking.Schedules;

namespace Signpost.Web.Pages.Staff.Booking.Types.Edit;

/// <summary>Change an appointment type. The code never changes; the length only while no session or slot uses the type.</summary>
public class IndexModel(SignpostDb db, AppointmentTypeEditor editor) : PageModel
{
    [BindProperty] public TypeForm Form { get; set; } = new();
    public AppointmentType Type { get; private set; } = null!;
    public bool LengthLocked { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        Form = TypeForm.From(Type);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        Form.Code = Type.Code;
        var check = AppointmentTypeRules.Check(Form.ToInput(), Type);
        if (check.Values is null) return Refuse(check.Problems);
        var saved = await editor.UpdateAsync(id, check.Values, AuditActor.User(User.Email(), ClientAddress.Of(HttpContext)), HttpContext.RequestAborted);
        if (saved is null) return NotFound();
        if (saved.Problem is not null) return Refuse([saved.Problem]);
        TempData[RotaBanner.Key] = $"Appointment type {check.Values.Name} saved. Its booking rules apply to bookings from now on.";
        return Redirect("/staff/booking/types");
    }

    private PageResult Refuse(IEnumerable<FieldProblem> problems)
    {
        foreach (var p in problems) ModelState.AddModelError($"{nameof(Form)}.{p.Field}", p.Message);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var type = await db.AppointmentTypes.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, HttpContext.RequestAborted);
        if (type is null) return false;
        Type = type;
        LengthLocked = await editor.IsInUseAsync(id, HttpContext.RequestAborted);
        return true;
    }
}

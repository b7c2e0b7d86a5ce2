using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Audit;
using Signpost.Core.Booking;
using Signpost.Core.Booking.Rota;
using Signpost.Core.Data;
using Signpost.Core.Time;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Pages.Staff.Booking.Schedules.Leave;

/// <summary>Add whole days of leave for the schedule's practitioner (it applies to all their schedules).</summary>
public class IndexModel(SignpostDb db, RotaEditor rota, TimeProvider clock) : PageModel
{
    public const int ReasonLength = 200;

    [BindProperty] public string? FirstDay { get; set; }
    [BindProperty] public string? LastDay { get; set; }
    [BindProperty] public string? Reason { get; set; }
    public ScheduleHeader Header { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        var first = RotaInput.Date(FirstDay);
        var last = RotaInput.Date(LastDay);
        if (first is null) ModelState.AddModelError(nameof(FirstDay), "Enter the first day of leave, like 2026-12-21");
        else if (first < UkTime.DateOf(clock.GetUtcNow())) ModelState.AddModelError(nameof(FirstDay), "The first day of leave must be today or later");
        if (last is null) ModelState.AddModelError(nameof(LastDay), "Enter the last day of leave, like 2026-12-24");
        else if (first is not null && last < first) ModelState.AddModelError(nameof(LastDay), "The last day of leave cannot be before the first day");
        if (Reason is { Length: > ReasonLength }) ModelState.AddModelError(nameof(Reason), $"Note must be {ReasonLength} characters or fewer");
        if (!ModelState.IsValid) return Page();
        var leave = new PractitionerLeave { PractitionerId = Header.Practitioner.Id, FirstDay = first!.Value, LastDay = last!.Value, Reason = RotaInput.Optional(Reason) };
        var change = await rota.AddLeaveAsync(id, leave, AuditActor.User(User.Email(), ClientAddress.Of(HttpContext)), HttpContext.RequestAborted);
        RotaBanner.Set(TempData, "Leave added.", change);
        return Redirect($"/staff/booking/schedules/{id}");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var header = await ScheduleHeader.LoadAsync(db, id, HttpContext.RequestAborted);
        if (header is null) return false;
        Header = header;
        return true;
    }
}

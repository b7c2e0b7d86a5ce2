using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Booking;
using Signpost.Core.Booking.Appointments;
using Signpost.Core.Data;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Pages.Staff.Booking.Appointments;

/// <summary>One appointment: details, status history, and the changes staff make (cancel with a reason, arrived, seen, did not attend).</summary>
public class DetailsModel(SignpostDb db, AppointmentReader reader, AppointmentStatusChanger changer, AuditLog audit) : PageModel
{
    public AppointmentView Appointment { get; private set; } = null!;
    public IReadOnlyList<AppointmentEvent> History { get; private set; } = [];
    public IReadOnlyList<CancellationReason> Reasons { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public bool Booked { get; set; }
    [BindProperty] public string? NewStatus { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        audit.Record(Actor(), "appointment.viewed", "appointment", id.ToString());
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (NewStatus is null || !AppointmentStatuses.All.Contains(NewStatus)) return BadRequest();
        if (Note is { Length: > 500 }) ModelState.AddModelError(nameof(Note), "Note must be 500 characters or fewer");
        var result = ModelState.IsValid
            ? await changer.ChangeStatusAsync(new ChangeStatusOptions(id, NewStatus, Actor()) { Reason = Reason, Note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim(), ExpectedVersion = Version }, HttpContext.RequestAborted)
            : null;
        if (result?.Outcome == ChangeStatusOutcome.Changed) return Redirect($"/staff/booking/appointments/{id}");
        if (result?.Outcome == ChangeStatusOutcome.NotFound) return NotFound();
        if (result is not null) ModelState.AddModelError(result.Outcome == ChangeStatusOutcome.ReasonNeeded ? nameof(Reason) : "", result.Problem!);
        await LoadAsync(id);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var appointment = await reader.GetAsync(id, HttpContext.RequestAborted);
        if (appointment is null) return false;
        Appointment = appointment;
        History = await db.AppointmentEvents.AsNoTracking().Where(e => e.AppointmentId == id).OrderBy(e => e.Id).ToListAsync(HttpContext.RequestAborted);
        Reasons = await db.Set<CancellationReason>().AsNoTracking().Where(r => r.Code != "rebooked").OrderBy(r => r.SortOrder).ToListAsync(HttpContext.RequestAborted);
        return true;
    }

    private AuditActor Actor() => AuditActor.User(User.Email(), ClientAddress.Of(HttpContext));
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Audit;
using Signpost.Core.Booking;
using Signpost.Core.Booking.Appointments;
using Signpost.Core.Booking.Links;
using Signpost.Core.Data;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Pages.Booking.Manage;

/// <summary>The link in the confirmation: the person sees their appointment and can cancel it.</summary>
public class IndexModel(SignpostDb db, BookingLinks links, AppointmentReader reader, AppointmentStatusChanger changer, AuditLog audit, TimeProvider clock) : PageModel
{
    public AppointmentView? Appointment { get; private set; }
    [BindProperty(SupportsGet = true)] public bool Booked { get; set; }
    public bool JustCancelled { get; private set; }

    public bool CanCancel => Appointment is { Status: AppointmentStatuses.Booked } a && a.StartAt > clock.GetUtcNow();

    public async Task<IActionResult> OnGetAsync(string token)
    {
        if (!await LoadAsync(token)) return NotFound();
        audit.Record(Actor(), "appointment.viewed", "appointment", Appointment!.Id.ToString(), new { via = "manage-link" });
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(string token)
    {
        if (!await LoadAsync(token)) return NotFound();
        if (CanCancel)
        {
            await changer.ChangeStatusAsync(new ChangeStatusOptions(Appointment!.Id, AppointmentStatuses.Cancelled, Actor()) { Reason = "patient-request", Note = "Cancelled by the person through their link" }, HttpContext.RequestAborted);
            JustCancelled = true;
            await LoadAsync(token);
        }
        return Page();
    }

    private async Task<bool> LoadAsync(string token)
    {
        var link = await links.FindAsync(token, BookingLinkPurposes.Manage, HttpContext.RequestAborted);
        if (link is null || link.ExpiresAt <= clock.GetUtcNow()) return false;
        Appointment = await reader.GetAsync(link.AppointmentId!.Value, HttpContext.RequestAborted);
        return Appointment is not null;
    }

    private AuditActor Actor() => AuditActor.Anonymous(ClientAddress.Of(HttpContext));
}

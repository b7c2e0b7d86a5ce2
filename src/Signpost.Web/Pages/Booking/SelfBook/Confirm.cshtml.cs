using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Booking;
using Signpost.Core.Booking.Appointments;
using Signpost.Core.Booking.Holds;
using Signpost.Core.Booking.Links;
using Signpost.Core.Booking.Slots;
using Signpost.Core.Data;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Pages.Booking.SelfBook;

/// <summary>The time the person picked, kept for them for a few minutes: book it, or choose another.</summary>
public class ConfirmModel(SignpostDb db, BookingLinks links, SlotSearch search, SlotBooker booker, HoldService holds, TimeProvider clock) : PageModel
{
    public BookingLink? Link { get; private set; }
    public BookingHold? Hold { get; private set; }
    public SlotView? Slot { get; private set; }
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, Guid holdId) => await LoadAsync(token, holdId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostBookAsync(string token, Guid holdId)
    {
        if (!await LoadAsync(token, holdId)) return NotFound();
        if (Problem is not null) return Page();
        var link = Link!;
        var patient = new PatientDetails(link.PatientName!, link.PatientNhsNumber, link.PatientPhone, link.PatientEmail, link.Language);
        var result = await booker.BookSlotAsync(new BookSlotOptions(Hold!.SlotId, patient, BookingChannels.SelfBooking, AuditActor.Anonymous(ClientAddress.Of(HttpContext)))
        {
            HoldId = Hold.Id, LinkId = link.Id, RequestId = link.RequestId,
        }, HttpContext.RequestAborted);
        if (result.Outcome == BookingOutcome.Booked) return Redirect($"{SlotBooker.ManagePathPrefix}{result.ManageToken}?booked=true");
        Problem = result.Problem ?? "That time could not be booked";
        return Page();
    }

    public async Task<IActionResult> OnPostReleaseAsync(string token, Guid holdId)
    {
        if (!await LoadAsync(token, holdId)) return NotFound();
        if (Hold!.State == "active") await holds.ReleaseAsync(Hold.Id, AuditActor.Anonymous(ClientAddress.Of(HttpContext)), HttpContext.RequestAborted);
        return Redirect($"/book/{token}");
    }

    private async Task<bool> LoadAsync(string token, Guid holdId)
    {
        Link = await links.FindAsync(token, BookingLinkPurposes.SelfBook, HttpContext.RequestAborted);
        if (Link is null) return false;
        Hold = await db.Set<BookingHold>().AsNoTracking().SingleOrDefaultAsync(h => h.Id == holdId && h.LinkId == Link.Id, HttpContext.RequestAborted);
        if (Hold is null) return false;
        Slot = await search.GetAsync(Hold.SlotId, HttpContext.RequestAborted);
        Problem = !links.IsOpen(Link) ? "This link has already been used or has expired"
            : Hold.State != "active" || Hold.ExpiresAt <= clock.GetUtcNow() ? "The time we kept for you has run out" : null;
        return true;
    }
}

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

namespace Signpost.Web.Pages.Booking.Offer;

/// <summary>A waiting-list offer: the freed time is kept for the person until the offer expires; they take it or let it go.</summary>
public class IndexModel(SignpostDb db, BookingLinks links, SlotSearch search, SlotBooker booker, HoldService holds, TimeProvider clock) : PageModel
{
    public BookingHold? Hold { get; private set; }
    public SlotView? Slot { get; private set; }
    public string? Problem { get; private set; }
    public bool Declined { get; private set; }
    private BookingLink? link;

    public async Task<IActionResult> OnGetAsync(string token) => await LoadAsync(token) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAcceptAsync(string token)
    {
        if (!await LoadAsync(token)) return NotFound();
        if (Problem is not null) return Page();
        var entry = await db.Set<WaitlistEntry>().AsNoTracking().SingleAsync(e => e.Id == link!.WaitlistEntryId, HttpContext.RequestAborted);
        var patient = new PatientDetails(entry.PatientName, entry.PatientNhsNumber, entry.PatientPhone, entry.PatientEmail, entry.Language);
        var result = await booker.BookSlotAsync(new BookSlotOptions(Hold!.SlotId, patient, BookingChannels.WaitlistOffer, AuditActor.Anonymous(ClientAddress.Of(HttpContext)))
        {
            HoldId = Hold.Id, LinkId = link!.Id, WaitlistEntryId = entry.Id, RequestId = entry.RequestId,
        }, HttpContext.RequestAborted);
        if (result.Outcome == BookingOutcome.Booked) return Redirect($"{SlotBooker.ManagePathPrefix}{result.ManageToken}?booked=true");
        Problem = result.Problem ?? "This time could not be booked";
        return Page();
    }

    public async Task<IActionResult> OnPostDeclineAsync(string token)
    {
        if (!await LoadAsync(token)) return NotFound();
        if (Problem is null) await holds.ReleaseAsync(Hold!.Id, AuditActor.Anonymous(ClientAddress.Of(HttpContext)), HttpContext.RequestAborted);
        await db.Set<BookingLink>().Where(l => l.Id == link!.Id && l.UsedAt == null).ExecuteUpdateAsync(u => u.SetProperty(l => l.UsedAt, clock.GetUtcNow()), HttpContext.RequestAborted);
        Declined = true;
        return Page();
    }

    private async Task<bool> LoadAsync(string token)
    {
        link = await links.FindAsync(token, BookingLinkPurposes.Offer, HttpContext.RequestAborted);
        if (link?.HoldId is null) return false;
        Hold = await db.Set<BookingHold>().AsNoTracking().SingleAsync(h => h.Id == link.HoldId, HttpContext.RequestAborted);
        Slot = await search.GetAsync(Hold.SlotId, HttpContext.RequestAborted);
        Problem = !links.IsOpen(link) || Hold.State != "active" || Hold.ExpiresAt <= clock.GetUtcNow() ? "This offer has ended" : null;
        return true;
    }
}

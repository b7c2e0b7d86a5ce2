using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Booking;
using Signpost.Core.Booking.Waitlist;
using Signpost.Core.Data;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Pages.Staff.Booking;

/// <summary>Who is waiting for a freed slot, who has an offer open, and taking someone off the list.</summary>
public class WaitlistModel(SignpostDb db, WaitlistService waitlist) : PageModel
{
    public IReadOnlyList<WaitlistEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync() =>
        Entries = await db.Set<WaitlistEntry>().AsNoTracking().Where(e => e.State == "waiting" || e.State == "offered")
            .OrderBy(e => e.CreatedAt).Take(500).ToListAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id)
    {
        await waitlist.WithdrawAsync(id, AuditActor.User(User.Email(), ClientAddress.Of(HttpContext)), HttpContext.RequestAborted);
        return Redirect("/staff/booking/waitlist");
    }
}

using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Booking.Notifications;
using Signpost.Core.Data;

namespace Signpost.Web.Pages.Staff.Booking;

/// <summary>The booking outbox: what is queued, sent, retrying or failed, and what the development sender "sent".</summary>
public class OutboxModel(SignpostDb db) : PageModel
{
    public const int PageSize = 100;
    public IReadOnlyList<BookingNotification> Notifications { get; private set; } = [];
    public IReadOnlyList<DevMessage> Sent { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Notifications = await db.Set<BookingNotification>().AsNoTracking().OrderByDescending(n => n.CreatedAt).Take(PageSize).ToListAsync(HttpContext.RequestAborted);
        Sent = await db.Set<DevMessage>().AsNoTracking().OrderByDescending(m => m.Id).Take(PageSize).ToListAsync(HttpContext.RequestAborted);
    }
}

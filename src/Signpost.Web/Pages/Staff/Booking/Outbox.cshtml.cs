using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Booking.Notifications;
using Signpost.Core.Data;
using Signpost.Core.Navigation.Outbox;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Pages.Staff.Booking;

/// <summary>
/// The booking outbox: what is queued, sent, retrying or failed (with the reason and the sender that handled it),
/// and what the development sender "sent". It shows people's numbers and addresses, so each view is audited.
/// </summary>
public class OutboxModel(SignpostDb db, AuditLog audit, GovUkNotifyOptions options) : PageModel
{
    public const int PageSize = 100;
    public IReadOnlyList<BookingNotification> Notifications { get; private set; } = [];
    public IReadOnlyList<DevSentNotification> Sent { get; private set; } = [];
    public string ConfiguredSender => SenderName(options.Sender);

    public static string SenderName(string? sender) => sender switch
    {
        GovUkNotifyOptions.GovUkNotify => "GOV.UK Notify",
        GovUkNotifyOptions.Development => "development",
        null => "",
        _ => sender,
    };

    public async Task OnGetAsync()
    {
        var booking = db.Set<BookingNotification>();
        Notifications = await booking.AsNoTracking().OrderByDescending(n => n.CreatedAt).Take(PageSize).ToListAsync(HttpContext.RequestAborted);
        Sent = await db.Set<DevSentNotification>().AsNoTracking().Where(m => booking.Any(n => n.Id == m.OutboxId))
            .OrderByDescending(m => m.Id).Take(PageSize).ToListAsync(HttpContext.RequestAborted);
        audit.Record(AuditActor.User(User.Email(), ClientAddress.Of(HttpContext)), "booking-outbox.viewed", "booking-outbox", null, new { shown = Notifications.Count, sent = Sent.Count });
        await db.SaveChangesAsync(HttpContext.RequestAborted);
    }
}

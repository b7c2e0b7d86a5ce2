using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Data;
using Signpost.Core.Navigation.Outbox;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Pages.Staff.Outbox;

/// <summary>The notifications outbox for managers: what was sent to whom and whether it went. Views are audited.</summary>
public class IndexModel(SignpostDb db, AuditLog audit, GovUkNotifyOptions options) : PageModel
{
    public IReadOnlyList<OutboxMessage> Messages { get; private set; } = [];
    public string Sender => options.Sender == "govuk-notify" ? "GOV.UK Notify" : "the development sender";

    public async Task OnGetAsync()
    {
        Messages = await db.Outbox.AsNoTracking().OrderByDescending(m => m.CreatedAt).Take(50).ToListAsync(HttpContext.RequestAborted);
        audit.Record(AuditActor.User(User.Email(), ClientAddress.Of(HttpContext)), "notification-outbox.viewed", "notification-outbox", null, new { shown = Messages.Count });
        await db.SaveChangesAsync(HttpContext.RequestAborted);
    }
}

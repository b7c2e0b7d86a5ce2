using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Signpost.Core.Audit;
using Signpost.Core.Navigation;
using Signpost.Core.Navigation.Capacity;
using Signpost.Core.Navigation.Queue;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Pages.Staff.Requests;

/// <summary>The one queue. Each view is audited with the requests it showed.</summary>
public class IndexModel(OpenRequests queue, AuditLog audit, Signpost.Core.Data.SignpostDb db, WorkingCalendar calendar, IOptions<NavigationOptions> options) : PageModel
{
    public IReadOnlyList<QueueItem> Items { get; private set; } = [];
    public int AtRisk => Items.Count(i => i.Risk is OutcomeRisk.AtRisk or OutcomeRisk.Overdue);

    public async Task OnGetAsync()
    {
        Items = await queue.ListAsync(TimeSpan.FromMinutes(options.Value.AtRiskMinutes), HttpContext.RequestAborted);
        audit.Record(AuditActor.User(User.Email(), ClientAddress.Of(HttpContext)), "navigation-queue.viewed", "navigation-request", null,
            new { shown = Items.Select(i => i.Request.Reference).ToArray() });
        await db.SaveChangesAsync(HttpContext.RequestAborted);
    }

    public string Local(DateTimeOffset instant) => calendar.Local(instant).ToString("ddd d MMM HH:mm", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    public static string Duration(TimeSpan waiting) => waiting.TotalHours >= 24
        ? $"{(int)waiting.TotalDays}d {waiting.Hours}h"
        : waiting.TotalMinutes >= 60 ? $"{(int)waiting.TotalHours}h {waiting.Minutes}m" : $"{Math.Max(0, (int)waiting.TotalMinutes)}m";

    public static string UrgencyTag(string urgency) => urgency switch
    {
        "emergency" => "nhsuk-tag--red",
        "urgent" => "nhsuk-tag--orange",
        "soon" => "nhsuk-tag--yellow",
        "routine" => "nhsuk-tag--blue",
        _ => "nhsuk-tag--grey",
    };
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Booking;
using Signpost.Core.Data;

namespace Signpost.Web.Pages.Staff.Booking.Schedules;

/// <summary>The rota: every schedule by site, filterable by site.</summary>
public class IndexModel(SignpostDb db) : PageModel
{
    public sealed record Row(Guid Id, string SiteName, bool IsHub, string? PracticeCode, string PractitionerName, string Role, bool Active);

    [BindProperty(SupportsGet = true)] public string? SiteId { get; set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<(string Value, string Text)> Sites { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var sites = await db.BookingSites.AsNoTracking().OrderBy(s => s.Name).ToListAsync(HttpContext.RequestAborted);
        Sites = [("", "All sites"), .. sites.Select(s => (s.Id.ToString(), s.IsHub ? $"{s.Name} (PCN hub)" : s.Name))];
        var siteId = RotaInput.Id(SiteId);
        Rows = await (from s in db.BookingSchedules.AsNoTracking()
                      join p in db.Practitioners.AsNoTracking() on s.PractitionerId equals p.Id
                      join site in db.BookingSites.AsNoTracking() on s.SiteId equals site.Id
                      where siteId == null || s.SiteId == siteId
                      orderby site.Name, p.DisplayName
                      select new Row(s.Id, site.Name, site.IsHub, site.PracticeCode, p.DisplayName, p.Role, s.Active)).Take(1000).ToListAsync(HttpContext.RequestAborted);
    }
}

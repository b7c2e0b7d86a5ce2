using Signpost.Core.Time;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Booking;
using Signpost.Core.Booking.Appointments;
using Signpost.Core.Data;

namespace Signpost.Web.Pages.Staff.Booking.Appointments;

/// <summary>A day's appointments at a site (or all sites), to mark arrivals and non-attendance.</summary>
public class IndexModel(SignpostDb db, AppointmentReader reader, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Day { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? SiteId { get; set; }
    public DateOnly Date { get; private set; }
    public IReadOnlyList<(string Value, string Text)> Sites { get; private set; } = [];
    public IReadOnlyList<AppointmentView> Appointments { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Date = UkTime.DateOf(clock.GetUtcNow());
        if (!string.IsNullOrWhiteSpace(Day))
        {
            if (DateOnly.TryParseExact(Day.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) Date = day;
            else ModelState.AddModelError(nameof(Day), "Enter a real date, like 2026-11-21");
        }
        var sites = await db.BookingSites.AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(HttpContext.RequestAborted);
        Sites = [("", "All sites"), .. sites.Select(s => (s.Id.ToString(), s.Name))];
        Appointments = await reader.FindBySiteAndDayAsync(SiteId, Date, HttpContext.RequestAborted);
    }
}

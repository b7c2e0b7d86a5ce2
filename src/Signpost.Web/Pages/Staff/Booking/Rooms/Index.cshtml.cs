using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Booking;
using Signpost.Core.Booking.Catalogue;
using Signpost.Core.Data;
using Signpost.Web.Infrastructure;
using Signpost.Web.Pages.Staff.Booking.Schedules;

namespace Signpost.Web.Pages.Staff.Booking.Rooms;

/// <summary>Rooms by site: add one, or remove one that no session, dated change or slot uses.</summary>
public class IndexModel(SignpostDb db, RoomEditor editor) : PageModel
{
    public sealed record Row(Guid Id, string Name, string SiteName);

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? SiteId { get; set; }
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<(string Value, string Text)> Sites { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var siteId = RotaInput.Id(SiteId);
        if (siteId is null || !await db.BookingSites.AnyAsync(s => s.Id == siteId, cancellationToken)) ModelState.AddModelError(nameof(SiteId), "Select the site the room is at");
        var name = Name?.Trim() ?? "";
        if (name.Length == 0) ModelState.AddModelError(nameof(Name), "Enter the room's name, like Room 3 or Treatment room");
        else if (name.Length > RoomEditor.MaxNameLength) ModelState.AddModelError(nameof(Name), $"The room's name must be {RoomEditor.MaxNameLength} characters or fewer");
        if (ModelState.IsValid && await editor.AddAsync(siteId!.Value, name, Actor(), cancellationToken) is { } problem) ModelState.AddModelError(problem.Field, problem.Message);
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        TempData[RotaBanner.Key] = $"Room {name} added.";
        return Redirect("/staff/booking/rooms");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid roomId)
    {
        var removal = await editor.RemoveAsync(roomId, Actor(), HttpContext.RequestAborted);
        if (removal is null) return NotFound();
        if (!removal.Removed)
        {
            ModelState.AddModelError(string.Empty, removal.InUse!);
            await LoadAsync();
            return Page();
        }
        TempData[RotaBanner.Key] = "Room removed.";
        return Redirect("/staff/booking/rooms");
    }

    private async Task LoadAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var sites = await db.BookingSites.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);
        Sites = [("", "Select a site"), .. sites.Select(s => (s.Id.ToString(), s.IsHub ? $"{s.Name} (PCN hub)" : s.Name))];
        Rows = await (from r in db.Set<BookingRoom>().AsNoTracking()
                      join s in db.BookingSites.AsNoTracking() on r.SiteId equals s.Id
                      orderby s.Name, r.Name
                      select new Row(r.Id, r.Name, s.IsHub ? s.Name + " (PCN hub)" : s.Name)).Take(2000).ToListAsync(cancellationToken);
    }

    private AuditActor Actor() => AuditActor.User(User.Email(), ClientAddress.Of(HttpContext));
}

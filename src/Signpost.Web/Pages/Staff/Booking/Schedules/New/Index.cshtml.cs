using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Booking;
using Signpost.Core.Booking.Rota;
using Signpost.Core.Data;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Pages.Staff.Booking.Schedules.New;

/// <summary>Create a schedule: an existing practitioner or a new one (name and MDT role) at a booking site.</summary>
public class IndexModel(SignpostDb db, ScheduleEditor editor) : PageModel
{
    public const string NewPractitioner = "new";
    public const int NameLength = 100;

    [BindProperty] public string? SiteId { get; set; }
    [BindProperty] public string? PractitionerId { get; set; }
    [BindProperty] public string? NewName { get; set; }
    [BindProperty] public string? NewRole { get; set; }
    public IReadOnlyList<(string Value, string Text)> Sites { get; private set; } = [];
    public IReadOnlyList<(string Value, string Text)> Practitioners { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var siteId = RotaInput.Id(SiteId);
        if (siteId is null || !await db.BookingSites.AnyAsync(s => s.Id == siteId, cancellationToken)) ModelState.AddModelError(nameof(SiteId), "Select the site");
        var practitionerId = RotaInput.Id(PractitionerId);
        if (PractitionerId == NewPractitioner)
        {
            if (string.IsNullOrWhiteSpace(NewName)) ModelState.AddModelError(nameof(NewName), "Enter the new team member's name");
            else if (NewName.Trim().Length > NameLength) ModelState.AddModelError(nameof(NewName), $"Name must be {NameLength} characters or fewer");
            if (NewRole is null || !MdtRoles.Names.ContainsKey(NewRole)) ModelState.AddModelError(nameof(NewRole), "Select the new team member's role");
        }
        else if (practitionerId is null || !await db.Practitioners.AnyAsync(p => p.Id == practitionerId, cancellationToken))
        {
            ModelState.AddModelError(nameof(PractitionerId), "Select a member of the team, or add a new one");
        }
        else if (siteId is not null && await db.BookingSchedules.AnyAsync(s => s.PractitionerId == practitionerId && s.SiteId == siteId, cancellationToken))
        {
            ModelState.AddModelError(nameof(PractitionerId), "This member of the team already has a schedule at this site: add sessions to that one");
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var options = new CreateScheduleOptions(siteId!.Value, PractitionerId == NewPractitioner ? null : practitionerId, NewName, NewRole);
        var id = await editor.CreateScheduleAsync(options, AuditActor.User(User.Email(), ClientAddress.Of(HttpContext)), cancellationToken);
        TempData[RotaBanner.Key] = "Schedule created. Add its weekly sessions.";
        return Redirect($"/staff/booking/schedules/{id}");
    }

    private async Task LoadAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var sites = await db.BookingSites.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);
        Sites = [("", "Select a site"), .. sites.Select(s => (s.Id.ToString(), s.IsHub ? $"{s.Name} (PCN hub)" : s.Name))];
        var people = await db.Practitioners.AsNoTracking().OrderBy(p => p.DisplayName).Take(2000).ToListAsync(cancellationToken);
        Practitioners = [("", "Select a member of the team"), (NewPractitioner, "A new member of the team (enter below)"),
            .. people.Select(p => (p.Id.ToString(), $"{p.DisplayName} ({MdtRoles.NameOf(p.Role)})"))];
    }
}

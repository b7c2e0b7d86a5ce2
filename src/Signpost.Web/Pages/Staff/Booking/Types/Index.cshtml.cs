using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Booking;
using Signpost.Core.Data;

namespace Signpost.Web.Pages.Staff.Booking.Types;

/// <summary>Every appointment type with its booking rules.</summary>
public class IndexModel(SignpostDb db) : PageModel
{
    public IReadOnlyList<AppointmentType> Types { get; private set; } = [];

    public async Task OnGetAsync() =>
        Types = await db.AppointmentTypes.AsNoTracking().OrderBy(t => t.Role).ThenBy(t => t.Name).ThenBy(t => t.Code).Take(1000).ToListAsync(HttpContext.RequestAborted);
}

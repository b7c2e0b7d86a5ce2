using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Data;

namespace Signpost.Web.Pages.Staff;

public class IndexModel(SignpostDb db) : PageModel
{
    public IReadOnlyList<string> Roles { get; private set; } = [];
    public int Practices { get; private set; }
    public int Pcns { get; private set; }
    public int Pharmacies { get; private set; }

    public async Task OnGetAsync()
    {
        Roles = User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        Practices = await db.GpPractices.CountAsync(p => p.StatusCode == "A" && p.PrescribingSetting == 4);
        Pcns = await db.Pcns.CountAsync(p => p.CloseDate == null);
        Pharmacies = await db.Pharmacies.CountAsync(p => p.StatusCode == "A");
    }
}

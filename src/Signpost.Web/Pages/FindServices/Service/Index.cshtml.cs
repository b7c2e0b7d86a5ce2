using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.ServiceDirectory;
using Signpost.Core.ServiceDirectory.Hours;

namespace Signpost.Web.Pages.FindServices.Service;

public class IndexModel(ServiceDetailsQuery query, TimeProvider clock) : PageModel
{
    public ServiceDetails Details { get; private set; } = null!;
    public DateTime LocalNow { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var details = await query.LoadAsync(id, cancellationToken);
        if (details is null) return NotFound();
        Details = details;
        LocalNow = LondonTime.ToLocal(clock.GetUtcNow());
        return Page();
    }
}

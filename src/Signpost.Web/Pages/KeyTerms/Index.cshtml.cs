using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Data;
using Signpost.Core.ServiceDirectory;

namespace Signpost.Web.Pages.KeyTerms;

public class IndexModel(SignpostDb db) : PageModel
{
    public IReadOnlyList<KeyTerm> Terms { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Terms = await db.KeyTerms.AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(cancellationToken);
}

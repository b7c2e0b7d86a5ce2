using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Data;
using Signpost.Core.ServiceDirectory;
using Signpost.Core.ServiceDirectory.Editing;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Pages.Staff.ServiceDirectory.Edit;

[Authorize(Policy = DirectorySetup.EditorPolicy)]
public class IndexModel(SignpostDb db, DirectoryEditor editor) : PageModel
{
    [BindProperty] public ServiceForm Form { get; set; } = new();
    [BindProperty] public int Version { get; set; }
    public DirectoryService Service { get; private set; } = null!;
    public IReadOnlyList<TaxonomyTerm> Terms { get; private set; } = [];
    public string? LocationName { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        Form = ServiceForm.From(Service, Service.ServiceAtLocations.Select(x => x.Location).OrderBy(l => l!.Name).FirstOrDefault());
        Version = Service.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken)) return NotFound();
        ModelState.Clear();
        var edit = Form.Check(ModelState, Terms.Select(t => t.Id).ToList(), LocationName is not null);
        if (edit is null) return Page();
        try
        {
            await editor.UpdateAsync(id, Version, edit, AuditActor.User(User.Email(), ClientAddress.Of(HttpContext)), cancellationToken);
        }
        catch (DirectoryEditException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }
        TempData["Saved"] = "Your changes are saved.";
        return Redirect($"/staff/directory/services/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var service = await db.DirectoryServices.AsNoTracking().AsSplitQuery()
            .Include(s => s.ServiceAtLocations).ThenInclude(x => x.Location)
            .Include(s => s.Contacts).Include(s => s.Languages).Include(s => s.Taxonomy).Include(s => s.OpeningBands).Include(s => s.OpeningExceptions)
            .SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (service is null) return false;
        Service = service;
        Terms = await db.TaxonomyTerms.AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(cancellationToken);
        LocationName = service.ServiceAtLocations.Select(x => x.Location!.Name).Order(StringComparer.Ordinal).FirstOrDefault();
        return true;
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Data;
using Signpost.Core.ServiceDirectory;
using Signpost.Core.ServiceDirectory.Editing;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Pages.Staff.ServiceDirectory.New;

[Authorize(Policy = DirectorySetup.EditorPolicy)]
public class IndexModel(SignpostDb db, DirectoryEditor editor) : PageModel
{
    [BindProperty] public ServiceForm Form { get; set; } = new();
    [BindProperty] public Guid? OrganisationId { get; set; }
    public IReadOnlyList<TaxonomyTerm> Terms { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Organisations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        ModelState.Clear();
        if (OrganisationId is null || Organisations.All(o => o.Id != OrganisationId)) ModelState.AddModelError(nameof(OrganisationId), "Select the organisation that runs the service");
        var edit = Form.Check(ModelState, Terms.Select(t => t.Id).ToList(), hasLocation: false);
        if (edit is null || !ModelState.IsValid) return Page();
        try
        {
            var id = await editor.CreateAsync(OrganisationId!.Value, edit, AuditActor.User(User.Email(), ClientAddress.Of(HttpContext)), cancellationToken);
            TempData["Saved"] = "The service is added.";
            return Redirect($"/staff/directory/services/{id}");
        }
        catch (DirectoryEditException e)
        {
            ModelState.AddModelError("", e.Message);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Terms = await db.TaxonomyTerms.AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(cancellationToken);
        Organisations = (await db.DirectoryOrganisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken))
            .Select(o => (o.Id, o.Name)).ToList();
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Core.Data;
using Signpost.Core.ServiceDirectory;
using Signpost.Core.ServiceDirectory.Editing;
using Signpost.Core.ServiceDirectory.Hours;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Pages.Staff.ServiceDirectory.Service;

/// <summary>The professional view of a service: every contact, staff notes, verification and the change history.</summary>
public class IndexModel(ServiceDetailsQuery query, SignpostDb db, DirectoryEditor editor, TimeProvider clock) : PageModel
{
    public ServiceDetails Details { get; private set; } = null!;
    public DateTime LocalNow { get; private set; }
    public bool IsStale { get; private set; }
    public bool CanEdit => User.IsInRole(StaffRoles.DirectoryEditor);
    public IReadOnlyList<AuditEntry> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostVerifyAsync(Guid id, int version, CancellationToken cancellationToken)
    {
        if (!CanEdit) return Forbid();
        try
        {
            await editor.VerifyAsync(id, version, AuditActor.User(User.Email(), ClientAddress.Of(HttpContext)), cancellationToken);
            TempData["Saved"] = "The service is marked as checked today.";
            return Redirect($"/staff/directory/services/{id}");
        }
        catch (DirectoryEditException e)
        {
            ModelState.AddModelError("", e.Message);
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var details = await query.LoadAsync(id, cancellationToken);
        if (details is null) return false;
        Details = details;
        LocalNow = LondonTime.ToLocal(clock.GetUtcNow());
        IsStale = details.Service.IsStale(DateOnly.FromDateTime(LocalNow));
        History = await db.AuditLog.AsNoTracking().Where(e => e.EntityType == DirectoryEditor.EntityType && e.EntityId == id.ToString())
            .OrderByDescending(e => e.Id).Take(20).ToListAsync(cancellationToken);
        return true;
    }
}

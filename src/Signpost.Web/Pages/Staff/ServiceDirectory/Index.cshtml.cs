using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Data;
using Signpost.Core.ServiceDirectory;
using Signpost.Core.ServiceDirectory.Hours;

namespace Signpost.Web.Pages.Staff.ServiceDirectory;

/// <summary>Staff list of services with stale (not checked for 6 months) flags and a count for reports.</summary>
public class IndexModel(SignpostDb db, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Name { get; set; }
    [BindProperty(SupportsGet = true)] public bool StaleOnly { get; set; }
    [BindProperty(SupportsGet = true, Name = "page-number")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int StaleCount { get; private set; }
    public int ActiveCount { get; private set; }
    public bool CanEdit => User.IsInRole(StaffRoles.DirectoryEditor);

    public sealed record Row(Guid Id, string Name, string Organisation, string Status, DateOnly? LastVerifiedOn, bool IsDemo, bool IsStale);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var cutOff = LondonTime.Today(clock).AddMonths(-DirectoryService.StaleAfterMonths);
        var active = db.DirectoryServices.AsNoTracking().Where(s => s.Status == ServiceStatus.Active);
        ActiveCount = await active.CountAsync(cancellationToken);
        StaleCount = await active.CountAsync(s => s.LastVerifiedOn == null || s.LastVerifiedOn < cutOff, cancellationToken);
        var query = db.DirectoryServices.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Name)) query = query.Where(s => EF.Functions.ILike(s.Name, "%" + Name.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%"));
        if (StaleOnly) query = query.Where(s => s.Status == ServiceStatus.Active && (s.LastVerifiedOn == null || s.LastVerifiedOn < cutOff));
        Total = await query.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Rows = (await query.OrderBy(s => s.Name).ThenBy(s => s.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize)
                .Select(s => new { s.Id, s.Name, Organisation = s.Organisation!.Name, s.Status, s.LastVerifiedOn, s.IsDemo }).ToListAsync(cancellationToken))
            .Select(s => new Row(s.Id, s.Name, s.Organisation, s.Status, s.LastVerifiedOn, s.IsDemo, DirectoryService.IsStale(s.LastVerifiedOn, cutOff.AddMonths(DirectoryService.StaleAfterMonths))))
            .ToList();
    }

    public string PageLink(int page) => $"/staff/directory?Name={Uri.EscapeDataString(Name ?? "")}&StaleOnly={StaleOnly.ToString().ToLowerInvariant()}&page-number={page}";
}

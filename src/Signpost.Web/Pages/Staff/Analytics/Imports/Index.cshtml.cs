using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Analytics.Imports;
using Signpost.Core.Audit;
using Signpost.Core.Data;
using Signpost.Core.Imports;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Pages.Staff.Analytics.Imports;

[RequestSizeLimit(MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes)]
public class IndexModel(AnalyticsImports imports, SignpostDb db, TimeProvider clock) : PageModel
{
    // Large enough for a month of the England practice-level crosstab; bigger files go through ./signpost import.
    public const long MaxBytes = 2L * 1024 * 1024 * 1024;

    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }

    public FileImportResult? Result { get; private set; }
    public IReadOnlyList<ImportRun> Recent { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadRecentAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!AnalyticsImports.Kinds.Any(k => k.Name == Kind)) ModelState.AddModelError(nameof(Kind), "Select what kind of file this is");
        if (Upload is null || Upload.Length == 0) ModelState.AddModelError(nameof(Upload), "Select a CSV file to import");
        if (ModelState.IsValid) await ImportAsync(cancellationToken);
        await LoadRecentAsync(cancellationToken);
        return Page();
    }

    private async Task ImportAsync(CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("signpost-upload-");
        try
        {
            // The upload keeps its own name (without any folder) so that messages name the file the manager chose.
            var name = Path.GetFileName(Upload!.FileName);
            if (name.Length == 0 || name is "." or ".." || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0) name = "upload.csv";
            var path = Path.Combine(folder.FullName, name);
            await using (var target = System.IO.File.Create(path)) await Upload.CopyToAsync(target, cancellationToken);
            Result = await imports.ImportAsync(Kind!, path, cancellationToken: cancellationToken);
            await ImportAudit.RecordAsync(db, clock, AuditActor.User(User.Email(), ClientAddress.Of(HttpContext)), Result, cancellationToken);
        }
        catch (ImportException e)
        {
            ModelState.AddModelError(nameof(Upload), $"Nothing from the file was imported. {e.Message}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private async Task LoadRecentAsync(CancellationToken cancellationToken)
    {
        var kinds = new[] { "gpad-regional", "gpad-daily", "gpad-practice", "gpad-coverage", "registered-patients", "online-consultations",
            "telephony-outcomes", "telephony-answered", "telephony-missed" };
        Recent = await db.ImportRuns.AsNoTracking().Where(r => kinds.Contains(r.Kind)).OrderByDescending(r => r.Id).Take(20).ToListAsync(cancellationToken);
    }
}

using Signpost.Core.Audit;
using Signpost.Core.Data;
using Signpost.Core.Imports;

namespace Signpost.Core.Analytics.Imports;

/// <summary>Records in the audit log who imported which national data file (after the file's own transaction committed).</summary>
public static class ImportAudit
{
    public static async Task RecordAsync(SignpostDb db, TimeProvider clock, AuditActor actor, FileImportResult result, CancellationToken cancellationToken)
    {
        new AuditLog(db, clock).Record(actor, result.Skipped ? "analytics.import-skipped" : "analytics.file-imported", "import_run", result.Kind,
            new { file = result.FileName, rows = result.Rows, skipped = result.Skipped });
        await db.SaveChangesAsync(cancellationToken);
    }
}

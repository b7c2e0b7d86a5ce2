using Signpost.Core.Imports;

namespace Signpost.Core.Analytics.Imports;

/// <summary>The analytics import kinds by the names the CLI and the import page use.</summary>
public class AnalyticsImports(GpadRegionalImporter regional, GpadPracticeImporter practice, GpadCoverageImporter coverage,
    RegisteredPatientsImporter patients, PracticeMonthImporter practiceMonth)
{
    public static readonly IReadOnlyList<(string Name, string Description)> Kinds =
    [
        ("gpad-regional", "GPAD regional CSV (by sub-ICB location and month; older CCG_/STP_ or newer SUB_ICB_LOCATION_/ICB_ headers) or GPAD daily CSV"),
        ("gpad-practice", "GPAD practice-level crosstab (with national category)"),
        ("gpad-coverage", "GPAD coverage (APPOINTMENTS_GP_COVERAGE: included practices and patients)"),
        ("registered-patients", "Patients registered at a GP practice (gp-reg-pat-prac-all)"),
        ("online-consultations", "Submissions via online consultation systems, practice level"),
        ("telephony", "Cloud based telephony, practice level (call outcomes, answered call waits or missed call waits)"),
    ];

    public Task<FileImportResult> ImportAsync(string kind, string path, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        kind switch
        {
            "gpad-regional" => regional.ImportAsync(path, progress, cancellationToken),
            "gpad-practice" => practice.ImportAsync(path, progress, cancellationToken),
            "gpad-coverage" => coverage.ImportAsync(path, progress, cancellationToken),
            "registered-patients" => patients.ImportAsync(path, progress, cancellationToken),
            "online-consultations" => practiceMonth.ImportOnlineConsultationsAsync(path, progress, cancellationToken),
            "telephony" => practiceMonth.ImportTelephonyAsync(path, progress, cancellationToken),
            _ => throw new ImportException(Path.GetFileName(path), null, $"\"{kind}\" is not an import kind (use one of {string.Join(", ", Kinds.Select(k => k.Name))})"),
        };
}

using NpgsqlTypes;
using Signpost.Core.Imports;

namespace Signpost.Core.Analytics.Imports;

/// <summary>APPOINTMENTS_GP_COVERAGE: by sub-ICB location and month, the practices (and their patients) GPAD includes.</summary>
public class GpadCoverageImporter(FileImporter files)
{
    public const string Kind = "gpad-coverage";

    private static readonly CsvColumn[] Columns =
    [
        CsvColumn.Either("SUB_ICB_LOCATION_CODE", "SUB_ICB_LOCATION_CODE", "CCG_CODE"),
        CsvColumn.Either("ICB_ONS_CODE", "ICB_ONS_CODE", "STP_ONS_CODE", "STP_ONS"),
        CsvColumn.Of("REGION_CODE"),
        CsvColumn.Either("APPOINTMENT_MONTH", "APPOINTMENT_MONTH", "Appointment_Month"),
        CsvColumn.Of("Included Practices"), CsvColumn.Of("Open Practices"),
        CsvColumn.Of("Patients registered at included practices"), CsvColumn.Of("Patients registered at open practices"),
    ];

    private static readonly StagedTable Table = new("gpad_coverage", ["sub_icb_code", "month"],
        ["month", "sub_icb_code", "icb_ons_code", "region_code", "included_practices", "open_practices", "patients_included", "patients_open"]);

    public Task<FileImportResult> ImportAsync(string path, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        files.ImportAsync(Kind, path, LoadAsync, progress, cancellationToken);

    private static async Task<int> LoadAsync(ImportContext context, CancellationToken cancellationToken)
    {
        var csv = context.Csv;
        var h = CsvHeader.Read(csv, Columns);
        var seen = new HashSet<(string, DateOnly)>();
        var rows = 0;
        await using (var writer = await Table.BeginAsync(context, cancellationToken))
        {
            while (csv.Read())
            {
                var area = csv.OdsCode(h["SUB_ICB_LOCATION_CODE"], "SUB_ICB_LOCATION_CODE");
                var month = csv.Month(h["APPOINTMENT_MONTH"], "Appointment_Month");
                int included = csv.Integer(h["Included Practices"], "Included Practices"), open = csv.Integer(h["Open Practices"], "Open Practices");
                long patientsIncluded = csv.Long(h["Patients registered at included practices"], "Patients registered at included practices"),
                    patientsOpen = csv.Long(h["Patients registered at open practices"], "Patients registered at open practices");
                if (included > open) throw csv.Problem($"Included Practices ({included}) is more than Open Practices ({open})");
                if (!seen.Add((area, month))) throw csv.Problem($"{area} {month:yyyy-MM} appears more than once");
                await writer.StartRowAsync(cancellationToken);
                writer.Write(month, NpgsqlDbType.Date);
                writer.Write(area, NpgsqlDbType.Text);
                writer.Write(csv.Required(h["ICB_ONS_CODE"], "ICB_ONS_CODE"), NpgsqlDbType.Text);
                writer.Write(csv.Required(h["REGION_CODE"], "REGION_CODE"), NpgsqlDbType.Text);
                writer.Write(included, NpgsqlDbType.Integer);
                writer.Write(open, NpgsqlDbType.Integer);
                writer.Write(patientsIncluded, NpgsqlDbType.Bigint);
                writer.Write(patientsOpen, NpgsqlDbType.Bigint);
                writer.Write(context.RunId, NpgsqlDbType.Bigint);
                if (++rows % 5000 == 0) context.ReportProgress();
            }
            await writer.CompleteAsync(cancellationToken);
        }
        await Table.ReplaceAsync(context, cancellationToken);
        return rows;
    }
}

using NpgsqlTypes;
using Signpost.Core.Imports;

namespace Signpost.Core.Analytics.Imports;

/// <summary>
/// Imports the national practice-by-month files: online consultation submissions and the three cloud telephony
/// tables (which one a telephony file is, its header tells).
/// </summary>
public class PracticeMonthImporter(FileImporter files)
{
    public Task<FileImportResult> ImportOnlineConsultationsAsync(string path, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        ImportAsync(PracticeMonthFile.OnlineConsultations, path, progress, cancellationToken);

    public Task<FileImportResult> ImportTelephonyAsync(string path, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        ImportAsync(TelephonyLayout(path), path, progress, cancellationToken);

    public Task<FileImportResult> ImportAsync(PracticeMonthFile layout, string path, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        files.ImportAsync(layout.Kind, path, (context, ct) => LoadAsync(layout, context, ct), progress, cancellationToken);

    private static PracticeMonthFile TelephonyLayout(string path)
    {
        if (!File.Exists(path)) throw new ImportException(path, null, "there is no such file");
        using var csv = new CsvRecordReader(path);
        if (!csv.Read()) throw new ImportException(csv.FileName, null, "the file is empty");
        var names = Enumerable.Range(0, csv.FieldCount).Select(i => csv.Text(i)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return PracticeMonthFile.Telephony.FirstOrDefault(layout => layout.Columns.Where(c => c.Required).All(c => names.Contains(c.CsvName)))
            ?? throw csv.Problem("the header is not one of the cloud based telephony tables Signpost knows (call outcomes, answered call waits, missed call waits)");
    }

    private static async Task<int> LoadAsync(PracticeMonthFile layout, ImportContext context, CancellationToken cancellationToken)
    {
        var csv = context.Csv;
        var header = CsvHeader.Read(csv, layout.CsvColumns);
        var stored = layout.Columns.Where(c => c.DbColumn is not null).ToList();
        var table = new StagedTable(layout.Table, layout.KeyedByPcn ? ["practice_code", "pcn_code", "month"] : ["practice_code", "month"], ["month", "practice_code", .. stored.Select(c => c.DbColumn!)]);
        var seen = new HashSet<(string, string, DateOnly)>();
        var rows = 0;
        await using (var writer = await table.BeginAsync(context, cancellationToken))
        {
            while (csv.Read())
            {
                var month = csv.Month(header[layout.MonthColumn], layout.MonthColumn);
                var practice = csv.OdsCode(header[layout.PracticeColumn], layout.PracticeColumn);
                var pcn = layout.KeyedByPcn ? csv.Text(header["PCN Code"]) : "";
                if (!seen.Add((practice, pcn, month))) throw csv.Problem($"{practice} {pcn} {month:yyyy-MM} appears more than once".Replace("  ", " ", StringComparison.Ordinal));
                await writer.StartRowAsync(cancellationToken);
                writer.Write(month, NpgsqlDbType.Date);
                writer.Write(practice, NpgsqlDbType.Text);
                foreach (var column in stored)
                {
                    var index = header[column.CsvName];
                    switch (column.Type)
                    {
                        case PracticeMonthColumn.Types.Count: writer.Write(csv.Integer(index, column.CsvName), NpgsqlDbType.Integer); break;
                        case PracticeMonthColumn.Types.OptionalCount: writer.Write(csv.OptionalInteger(index, column.CsvName), NpgsqlDbType.Integer); break;
                        case PracticeMonthColumn.Types.Text: writer.Write(csv.Required(index, column.CsvName), NpgsqlDbType.Text); break;
                        case PracticeMonthColumn.Types.KeyText: writer.Write(csv.Text(index), NpgsqlDbType.Text); break;
                        default: writer.Write(csv.Optional(index), NpgsqlDbType.Text); break;
                    }
                }
                writer.Write(context.RunId, NpgsqlDbType.Bigint);
                if (++rows % 5000 == 0) context.ReportProgress();
            }
            await writer.CompleteAsync(cancellationToken);
        }
        await table.ReplaceAsync(context, cancellationToken);
        return rows;
    }
}

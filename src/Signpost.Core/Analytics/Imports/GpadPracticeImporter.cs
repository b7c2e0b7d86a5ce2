using Signpost.Core.Analytics.Gpad;
using Signpost.Core.Imports;

namespace Signpost.Core.Analytics.Imports;

/// <summary>
/// The GPAD practice-level crosstab (with national category): millions of rows, streamed through binary COPY
/// (written by <see cref="PgBinaryRows"/>) straight into gpad_practice_appointments, totalled by practice and
/// month on the way.
/// </summary>
public class GpadPracticeImporter(FileImporter files)
{
    public const string Kind = "gpad-practice";

    private static readonly CsvColumn[] Columns =
    [
        CsvColumn.Of("APPOINTMENT_MONTH_START_DATE"), CsvColumn.Of("GP_CODE"), CsvColumn.Optional("GP_NAME"), CsvColumn.Optional("SUPPLIER"),
        CsvColumn.Optional("PCN_CODE"), CsvColumn.Optional("PCN_NAME"),
        CsvColumn.Either("SUB_ICB_LOCATION_CODE", "SUB_ICB_LOCATION_CODE", "CCG_CODE"),
        CsvColumn.Optional("SUB_ICB_LOCATION_NAME", "SUB_ICB_LOCATION_NAME", "CCG_NAME"),
        CsvColumn.Optional("ICB_ONS_CODE", "ICB_ONS_CODE", "STP_ONS_CODE"), CsvColumn.Optional("ICB_NAME", "ICB_NAME", "STP_NAME"),
        CsvColumn.Optional("REGION_ONS_CODE"), CsvColumn.Optional("REGION_NAME"),
        CsvColumn.Of("HCP_TYPE"), CsvColumn.Of("APPT_MODE"), CsvColumn.Of("NATIONAL_CATEGORY"), CsvColumn.Of("TIME_BETWEEN_BOOK_AND_APPT"),
        CsvColumn.Of("COUNT_OF_APPOINTMENTS"), CsvColumn.Of("APPT_STATUS"),
    ];

    public Task<FileImportResult> ImportAsync(string path, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        files.ImportAsync(Kind, path, LoadAsync, progress, cancellationToken);

    private static async Task<int> LoadAsync(ImportContext context, CancellationToken cancellationToken)
    {
        var csv = context.Csv;
        var h = CsvHeader.Read(csv, Columns);
        int monthColumn = h["APPOINTMENT_MONTH_START_DATE"], practice = h["GP_CODE"], pcn = h["PCN_CODE"], subIcb = h["SUB_ICB_LOCATION_CODE"],
            count = h["COUNT_OF_APPOINTMENTS"];
        CodeReader status = new(GpadCodes.Status, h["APPT_STATUS"]), hcp = new(GpadCodes.HcpType, h["HCP_TYPE"]), mode = new(GpadCodes.Mode, h["APPT_MODE"]),
            category = new(GpadCodes.NationalCategory, h["NATIONAL_CATEGORY"]), time = new(GpadCodes.TimeBetween, h["TIME_BETWEEN_BOOK_AND_APPT"]);
        string lastPractice = "";
        var summaries = new MonthSummaries("practice", "gpad_practice_appointments", "practice_code", hasCategory: true);
        var names = new GpadAreaNames();
        RepeatedText practiceCodes = new(), pcnCodes = new(), subIcbCodes = new(), monthTexts = new();
        string lastMonthText = "";
        var month = default(DateOnly);
        var rows = 0;
        var practiceBytes = Array.Empty<byte>();
        await using (var writer = await PgBinaryRows.BeginAsync(context.Connection, """
            copy gpad_practice_appointments (month, practice_code, appt_status, hcp_type, appt_mode, national_category, time_between,
                appointments, import_run_id) from stdin (format binary)
            """, cancellationToken))
        {
            while (csv.Read())
            {
                var monthText = monthTexts.Get(csv[monthColumn]);
                if (!ReferenceEquals(monthText, lastMonthText))
                {
                    month = csv.Month(monthColumn, "APPOINTMENT_MONTH_START_DATE");
                    lastMonthText = monthText;
                }
                var code = practiceCodes.Get(csv[practice]);
                if (code.Length is 0 or > 12) throw csv.Problem(code.Length == 0 ? "GP_CODE is empty" : $"GP_CODE \"{code[..20]}…\" is not an ODS code");
                short s = status.Read(csv), p = hcp.Read(csv), m = mode.Read(csv), c = category.Read(csv), t = time.Read(csv);
                var appointments = csv.Integer(count, "COUNT_OF_APPOINTMENTS");
                if (!ReferenceEquals(code, lastPractice)) practiceBytes = System.Text.Encoding.UTF8.GetBytes(code);
                writer.StartRow(9);
                writer.Date(month);
                writer.Text(practiceBytes);
                writer.Smallint(s);
                writer.Smallint(p);
                writer.Smallint(m);
                writer.Smallint(c);
                writer.Smallint(t);
                writer.Integer(appointments);
                writer.Bigint(context.RunId);
                await writer.FlushIfFullAsync(cancellationToken);
                var pcnCode = pcn < 0 ? null : pcnCodes.Get(csv[pcn]) is { Length: > 0 } pc ? pc : null;
                var subIcbCode = subIcbCodes.Get(csv[subIcb]);
                summaries.For(code, month, subIcbCode, pcnCode).Add(s, p, m, t, c, appointments);
                if (!ReferenceEquals(code, lastPractice))
                {
                    if (!names.Contains(code)) names.Add(AreaOf(csv, h, code, pcnCode, subIcbCode));
                    if (!names.Contains(subIcbCode)) names.Add(SubIcbOf(csv, h, subIcbCode));
                    lastPractice = code;
                }
                if (++rows % 20000 == 0) context.ReportProgress();
            }
            await writer.CompleteAsync(cancellationToken);
        }
        await summaries.ReplaceAsync(context, cancellationToken);
        await names.SaveAsync(context, cancellationToken);
        return rows;
    }

    private static GpadArea SubIcbOf(CsvRecordReader csv, CsvHeader h, string code) =>
        new(code, GpadArea.SubIcb, csv.Optional(h["SUB_ICB_LOCATION_NAME"]), SubIcbCode: code, IcbOnsCode: csv.Optional(h["ICB_ONS_CODE"]),
            RegionOnsCode: csv.Optional(h["REGION_ONS_CODE"]));

    private static GpadArea AreaOf(CsvRecordReader csv, CsvHeader h, string code, string? pcnCode, string subIcbCode)
    {
        if (subIcbCode.Length == 0) throw csv.Problem("SUB_ICB_LOCATION_CODE is empty");
        return new GpadArea(code, GpadArea.Practice, csv.Optional(h["GP_NAME"]), PcnCode: pcnCode, PcnName: csv.Optional(h["PCN_NAME"]),
            SubIcbCode: subIcbCode, IcbOnsCode: csv.Optional(h["ICB_ONS_CODE"]), RegionOnsCode: csv.Optional(h["REGION_ONS_CODE"]),
            Supplier: csv.Optional(h["SUPPLIER"]));
    }
}

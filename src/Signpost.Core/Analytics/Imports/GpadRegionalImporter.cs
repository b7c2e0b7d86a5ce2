using NpgsqlTypes;
using Signpost.Core.Analytics.Gpad;
using Signpost.Core.Imports;

namespace Signpost.Core.Analytics.Imports;

/// <summary>
/// GPAD regional CSV (monthly, by sub-ICB location) and GPAD daily CSV (the same by Appointment_Date), with
/// either the older CCG_/STP_ headers or the newer SUB_ICB_LOCATION_/ICB_ ones. Rows with the same area,
/// month and dimensions are parts of one figure and are added: the BLMK file restates the three former CCGs
/// (06F, 06P, 04F) as M1J4Y, so until March 2021 a combination can appear up to three times.
/// </summary>
public class GpadRegionalImporter(FileImporter files)
{
    public const string Kind = "gpad-regional";
    public const string DailyKind = "gpad-daily";

    private static readonly CsvColumn[] Columns =
    [
        CsvColumn.Either("SUB_ICB_LOCATION_CODE", "SUB_ICB_LOCATION_CODE", "CCG_CODE"),
        CsvColumn.Optional("SUB_ICB_LOCATION_ONS_CODE", "SUB_ICB_LOCATION_ONS_CODE", "CCG_ONS_CODE"),
        CsvColumn.Optional("SUB_ICB_LOCATION_NAME", "SUB_ICB_LOCATION_NAME", "CCG_NAME"),
        CsvColumn.Optional("ICB_ONS_CODE", "ICB_ONS_CODE", "STP_ONS", "STP_ONS_CODE"),
        CsvColumn.Optional("ICB_NAME", "ICB_NAME", "STPNM", "STP_NAME"),
        CsvColumn.Optional("REGION_ONS_CODE", "REGION_ONS_CODE"),
        CsvColumn.Optional("REGION_NAME", "REGION_NAME"),
        CsvColumn.Optional("APPOINTMENT_MONTH", "APPOINTMENT_MONTH", "Appointment_Month"),
        CsvColumn.Optional("APPOINTMENT_DATE", "APPOINTMENT_DATE", "Appointment_Date"),
        CsvColumn.Of("APPT_STATUS"), CsvColumn.Of("HCP_TYPE"), CsvColumn.Of("APPT_MODE"), CsvColumn.Of("TIME_BETWEEN_BOOK_AND_APPT"),
        CsvColumn.Of("COUNT_OF_APPOINTMENTS"),
    ];

    /// <summary>Imports a regional or daily file; which one is told by its date column.</summary>
    public async Task<FileImportResult> ImportAsync(string path, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var daily = IsDaily(path);
        return await files.ImportAsync(daily ? DailyKind : Kind, path, (context, ct) => LoadAsync(context, daily, ct), progress, cancellationToken);
    }

    private static bool IsDaily(string path)
    {
        if (!File.Exists(path)) throw new ImportException(path, null, "there is no such file");
        using var csv = new CsvRecordReader(path);
        var header = CsvHeader.Read(csv, Columns);
        return (header.Has("APPOINTMENT_MONTH"), header.Has("APPOINTMENT_DATE")) switch
        {
            (true, false) => false,
            (false, true) => true,
            _ => throw csv.Problem("the header needs exactly one of Appointment_Month (the regional file) or Appointment_Date (the daily file)"),
        };
    }

    private static async Task<int> LoadAsync(ImportContext context, bool daily, CancellationToken cancellationToken)
    {
        var csv = context.Csv;
        var h = CsvHeader.Read(csv, Columns);
        int area = h["SUB_ICB_LOCATION_CODE"], date = h[daily ? "APPOINTMENT_DATE" : "APPOINTMENT_MONTH"], status = h["APPT_STATUS"],
            hcp = h["HCP_TYPE"], mode = h["APPT_MODE"], time = h["TIME_BETWEEN_BOOK_AND_APPT"], count = h["COUNT_OF_APPOINTMENTS"];
        var summaries = new MonthSummaries("regional", "gpad_regional_appointments", "sub_icb_code", hasCategory: false);
        var names = new GpadAreaNames();
        var codes = new RepeatedText();
        var rows = 0;
        await using (var writer = await context.Connection.BeginBinaryImportAsync(daily
            ? "copy gpad_daily_appointments (appointment_date, sub_icb_code, appt_status, hcp_type, appt_mode, time_between, appointments, import_run_id) from stdin (format binary)"
            : "copy gpad_regional_appointments (month, sub_icb_code, appt_status, hcp_type, appt_mode, time_between, appointments, import_run_id) from stdin (format binary)",
            cancellationToken))
        {
            while (csv.Read())
            {
                var code = codes.Get(csv[area]);
                if (code.Length == 0) throw csv.Problem("SUB_ICB_LOCATION_CODE (or CCG_CODE) is empty");
                var day = daily ? csv.Date(date, "Appointment_Date") : csv.Month(date, "Appointment_Month");
                short s = csv.Code(status, GpadCodes.Status), p = csv.Code(hcp, GpadCodes.HcpType), m = csv.Code(mode, GpadCodes.Mode),
                    t = csv.Code(time, GpadCodes.TimeBetween);
                var appointments = csv.Integer(count, "COUNT_OF_APPOINTMENTS");
                if (!names.Contains(code)) names.Add(AreaOf(csv, h, code));
                writer.StartRow();
                writer.Write(day, NpgsqlDbType.Date);
                writer.Write(code, NpgsqlDbType.Text);
                writer.Write(s, NpgsqlDbType.Smallint);
                writer.Write(p, NpgsqlDbType.Smallint);
                writer.Write(m, NpgsqlDbType.Smallint);
                writer.Write(t, NpgsqlDbType.Smallint);
                writer.Write(appointments, NpgsqlDbType.Integer);
                writer.Write(context.RunId, NpgsqlDbType.Bigint);
                if (!daily) summaries.For(code, day, code, null).Add(s, p, m, t, 0, appointments);
                if (++rows % 5000 == 0) context.ReportProgress();
            }
            await writer.CompleteAsync(cancellationToken);
        }
        if (daily) await ReplaceDailyAsync(context, cancellationToken);
        else await summaries.ReplaceAsync(context, cancellationToken);
        await names.SaveAsync(context, cancellationToken);
        return rows;
    }

    private static GpadArea AreaOf(CsvRecordReader csv, CsvHeader h, string code) =>
        new(code, GpadArea.SubIcb, csv.Optional(h["SUB_ICB_LOCATION_NAME"]), csv.Optional(h["SUB_ICB_LOCATION_ONS_CODE"]),
            SubIcbCode: code, IcbOnsCode: csv.Optional(h["ICB_ONS_CODE"]), RegionOnsCode: csv.Optional(h["REGION_ONS_CODE"]));

    // A daily file replaces the days it covers for its sub-ICB locations.
    private static Task<int> ReplaceDailyAsync(ImportContext context, CancellationToken cancellationToken) =>
        context.ExecuteAsync("""
            delete from gpad_daily_appointments d using (select distinct sub_icb_code, appointment_date from gpad_daily_appointments where import_run_id = $1) n
            where d.sub_icb_code = n.sub_icb_code and d.appointment_date = n.appointment_date and d.import_run_id <> $1
            """, cancellationToken, context.RunId);
}

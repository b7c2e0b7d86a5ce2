using NpgsqlTypes;
using Signpost.Core.Imports;
using Signpost.Core.Postcodes;

namespace Signpost.Core.Analytics.Imports;

/// <summary>Patients Registered at a GP Practice (gp-reg-pat-prac-all and the sex/age breakdowns in the same layout).</summary>
public class RegisteredPatientsImporter(FileImporter files)
{
    public const string Kind = "registered-patients";

    private static readonly CsvColumn[] Columns =
    [
        CsvColumn.Optional("PUBLICATION"), CsvColumn.Of("EXTRACT_DATE"), CsvColumn.Of("TYPE"),
        CsvColumn.Either("SUB_ICB_LOCATION_CODE", "SUB_ICB_LOCATION_CODE", "CCG_CODE"),
        CsvColumn.Optional("ONS_SUB_ICB_LOCATION_CODE", "ONS_SUB_ICB_LOCATION_CODE", "ONS_CCG_CODE"),
        CsvColumn.Of("CODE"), CsvColumn.Optional("POSTCODE"), CsvColumn.Of("SEX"), CsvColumn.Of("AGE"), CsvColumn.Of("NUMBER_OF_PATIENTS"),
    ];

    private static readonly StagedTable Table = new("registered_patients", ["practice_code", "extract_date", "sex", "age"],
        ["extract_date", "practice_code", "sub_icb_code", "postcode", "sex", "age", "patients"]);

    public Task<FileImportResult> ImportAsync(string path, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        files.ImportAsync(Kind, path, LoadAsync, progress, cancellationToken);

    private static async Task<int> LoadAsync(ImportContext context, CancellationToken cancellationToken)
    {
        var csv = context.Csv;
        var h = CsvHeader.Read(csv, Columns);
        var seen = new HashSet<(string, DateOnly, string, string)>();
        var rows = 0;
        await using (var writer = await Table.BeginAsync(context, cancellationToken))
        {
            while (csv.Read())
            {
                var type = csv.Text(h["TYPE"]);
                if (type != "GP") throw csv.Problem($"TYPE should be GP (a practice row), not \"{type}\"");
                var date = csv.Date(h["EXTRACT_DATE"], "EXTRACT_DATE");
                var practice = csv.OdsCode(h["CODE"], "CODE");
                var sex = csv.Required(h["SEX"], "SEX").ToUpperInvariant();
                if (sex is not ("ALL" or "MALE" or "FEMALE")) throw csv.Problem($"SEX should be ALL, MALE or FEMALE, not \"{sex}\"");
                var age = csv.Required(h["AGE"], "AGE").ToUpperInvariant();
                if (!seen.Add((practice, date, sex, age))) throw csv.Problem($"{practice} {date:yyyy-MM-dd} {sex} {age} appears more than once");
                var postcode = csv.Optional(h["POSTCODE"]);
                await writer.StartRowAsync(cancellationToken);
                writer.Write(date, NpgsqlDbType.Date);
                writer.Write(practice, NpgsqlDbType.Text);
                writer.Write(csv.OdsCode(h["SUB_ICB_LOCATION_CODE"], "SUB_ICB_LOCATION_CODE"), NpgsqlDbType.Text);
                writer.Write(postcode is null ? null : PostcodeFormat.Normalise(postcode) ?? throw csv.Problem($"POSTCODE \"{postcode}\" is not a real postcode"), NpgsqlDbType.Text);
                writer.Write(sex, NpgsqlDbType.Text);
                writer.Write(age, NpgsqlDbType.Text);
                writer.Write(csv.Integer(h["NUMBER_OF_PATIENTS"], "NUMBER_OF_PATIENTS"), NpgsqlDbType.Integer);
                writer.Write(context.RunId, NpgsqlDbType.Bigint);
                if (++rows % 5000 == 0) context.ReportProgress();
            }
            await writer.CompleteAsync(cancellationToken);
        }
        await Table.ReplaceAsync(context, cancellationToken);
        return rows;
    }
}

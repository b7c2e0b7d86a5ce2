using System.Globalization;
using System.Text.Json;
using Signpost.Core.Imports;

namespace Signpost.Core.ServiceDirectory.Seeding;

/// <summary>Reads the directory's content files in data/directory; a bad file is an <see cref="ImportException"/>.</summary>
public static class DirectoryContentFiles
{
    public const string BankHolidaysFile = "bank-holidays-england-and-wales.csv";
    public const string TaxonomyFile = "taxonomy.csv";
    public const string KeyTermsFile = "key-terms.json";
    public const string DemoFile = "demo-services.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    public static List<BankHoliday> BankHolidays(string directory) =>
        CsvFile.ReadAll(Path.Combine(directory, BankHolidaysFile), ["date", "name"]).Select(row =>
            new BankHoliday
            {
                OnDate = DateOnly.TryParseExact(row.Text("date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                    ? d : throw row.Problem($"date should be written YYYY-MM-DD, not \"{row.Text("date")}\""),
                Name = row.RequiredText("name"),
            }).ToList();

    public static List<TaxonomyRow> Taxonomy(string directory) =>
        CsvFile.ReadAll(Path.Combine(directory, TaxonomyFile), ["code", "parent", "name", "description", "need_label", "keywords"])
            .Select(row => new TaxonomyRow(row.RequiredText("code"), row.OptionalText("parent"), row.RequiredText("name"),
                row.RequiredText("description"), row.OptionalText("need_label"), row.Text("keywords"), row.Line)).ToList();

    public static List<KeyTerm> KeyTerms(string directory) => ReadJson<List<KeyTerm>>(directory, KeyTermsFile);

    public static DemoContent Demo(string directory) => ReadJson<DemoContent>(directory, DemoFile);

    private static T ReadJson<T>(string directory, string file)
    {
        var path = Path.Combine(directory, file);
        if (!File.Exists(path)) throw new ImportException(file, null, $"the file is missing from {directory}");
        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), Json) ?? throw new ImportException(file, null, "the file is empty");
        }
        catch (JsonException e)
        {
            throw new ImportException(file, (int?)(e.LineNumber + 1), "the file is not valid: " + e.Message);
        }
    }
}

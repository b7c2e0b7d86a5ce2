using Microsoft.VisualBasic.FileIO;

namespace Signpost.Core.Languages;

/// <summary>
/// The languages Signpost can be shown in, from data/languages/languages.csv, ordered by how many BLMK residents
/// speak them as their main language (Census 2021), English first. Loaded once; it changes only with a release.
/// </summary>
public sealed class LanguageCatalogue
{
    public const string EnglishCode = "en";
    private static readonly Lazy<LanguageCatalogue> Shipped = new(() =>
    {
        using var catalogue = EmbeddedData.Open("Signpost.Data.languages.csv");
        using var census = EmbeddedData.Open("Signpost.Data.census2021-ts024.csv");
        return Load(catalogue, CensusLanguageCounts.Read(census));
    });

    private readonly Dictionary<string, Language> byCode;

    private LanguageCatalogue(IReadOnlyList<Language> languages)
    {
        All = languages;
        byCode = languages.ToDictionary(l => l.Code, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The catalogue shipped with this release.</summary>
    public static LanguageCatalogue Default => Shipped.Value;

    /// <summary>Every language, most spoken in BLMK first (those the Census does not count, by English name, last).</summary>
    public IReadOnlyList<Language> All { get; }

    public Language English => byCode[EnglishCode];

    /// <summary>The language for a code such as "ur" or " PL ", or null when the catalogue has none.</summary>
    public Language? Find(string? code) =>
        code is null ? null : byCode.GetValueOrDefault(code.Trim());

    public static LanguageCatalogue Load(TextReader catalogue, IReadOnlyDictionary<string, int> censusCounts)
    {
        using var parser = new TextFieldParser(catalogue) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields() ?? throw new InvalidDataException("languages.csv is empty.");
        string[] expected = ["code", "iso639_3", "english_name", "native_name", "direction", "census_category"];
        if (!header.SequenceEqual(expected)) throw new InvalidDataException("languages.csv must have the columns " + string.Join(",", expected));
        var languages = new List<Language>();
        while (!parser.EndOfData)
        {
            var line = parser.LineNumber;
            var f = parser.ReadFields() ?? [];
            if (f.Length != expected.Length) throw new InvalidDataException($"languages.csv line {line}: expected {expected.Length} fields.");
            languages.Add(ParseRow(f, line, censusCounts));
        }
        var duplicate = languages.GroupBy(l => l.Code, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidDataException($"languages.csv lists {duplicate.Key} twice.");
        return new LanguageCatalogue(Order(languages));
    }

    private static Language ParseRow(string[] f, long line, IReadOnlyDictionary<string, int> censusCounts)
    {
        if (!System.Text.RegularExpressions.Regex.IsMatch(f[0], "^[a-z]{2,3}$")) throw new InvalidDataException($"languages.csv line {line}: {f[0]} is not an ISO 639 code.");
        var direction = f[4] switch
        {
            "ltr" => TextDirection.LeftToRight,
            "rtl" => TextDirection.RightToLeft,
            _ => throw new InvalidDataException($"languages.csv line {line}: direction must be ltr or rtl."),
        };
        var category = string.IsNullOrWhiteSpace(f[5]) ? null : f[5];
        int? speakers = null;
        if (category is not null)
        {
            speakers = censusCounts.TryGetValue(category, out var n) ? n
                : throw new InvalidDataException($"languages.csv line {line}: the Census has no category \"{category}\".");
        }
        return new Language(f[0], f[1], f[2], f[3], direction, category, speakers);
    }

    private static List<Language> Order(List<Language> languages) =>
        languages.OrderByDescending(l => l.Code == EnglishCode)
            .ThenByDescending(l => l.BlmkSpeakers ?? -1)
            .ThenBy(l => l.EnglishName, StringComparer.Ordinal)
            .ToList();
}

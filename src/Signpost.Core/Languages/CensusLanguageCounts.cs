using Microsoft.VisualBasic.FileIO;

namespace Signpost.Core.Languages;

/// <summary>
/// Census 2021 TS024 (main language, detailed) for the four BLMK local authorities, added up per column. Keys
/// are the column names without the "Main language (detailed): " prefix.
/// </summary>
public static class CensusLanguageCounts
{
    public const string ColumnPrefix = "Main language (detailed): ";

    public static IReadOnlyDictionary<string, int> Read(TextReader reader)
    {
        using var parser = new TextFieldParser(reader) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields() ?? throw new InvalidDataException("The Census file is empty.");
        var totals = new Dictionary<string, int>(StringComparer.Ordinal);
        while (!parser.EndOfData)
        {
            var fields = parser.ReadFields() ?? [];
            for (var i = 0; i < header.Length && i < fields.Length; i++)
            {
                if (!header[i].StartsWith(ColumnPrefix, StringComparison.Ordinal)) continue;
                var name = header[i][ColumnPrefix.Length..];
                var count = int.Parse(fields[i], System.Globalization.CultureInfo.InvariantCulture);
                totals[name] = totals.GetValueOrDefault(name) + count;
            }
        }
        return totals;
    }
}

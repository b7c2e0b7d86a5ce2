using System.Text;
using Microsoft.VisualBasic.FileIO;

namespace Signpost.Core.Imports;

/// <summary>
/// Reads a whole CSV file (RFC 4180 quoting, via the BCL's TextFieldParser) into rows with their line numbers,
/// checking the header names a file must have.
/// </summary>
public static class CsvFile
{
    public static List<CsvRow> ReadAll(string path, IReadOnlyList<string>? requiredColumns, int minimumFields = 1)
    {
        var fileName = Path.GetFileName(path);
        using var parser = new TextFieldParser(path, Encoding.UTF8, detectEncoding: true)
        {
            TextFieldType = FieldType.Delimited,
            HasFieldsEnclosedInQuotes = true,
            TrimWhiteSpace = false,
        };
        parser.SetDelimiters(",");
        var rows = new List<CsvRow>();
        try
        {
            var header = requiredColumns is null ? null : ReadHeader(parser, fileName, requiredColumns);
            while (!parser.EndOfData)
            {
                var line = (int)parser.LineNumber;
                var fields = parser.ReadFields() ?? [];
                if (fields.All(string.IsNullOrWhiteSpace)) continue;
                var row = new CsvRow(fileName, line, fields, header);
                if (fields.Length < minimumFields) throw row.Problem($"expected {minimumFields} fields but found {fields.Length}");
                rows.Add(row);
            }
        }
        catch (MalformedLineException e)
        {
            throw new ImportException(fileName, (int)e.LineNumber, "the line is not valid CSV (check its quotes)");
        }
        return rows;
    }

    private static Dictionary<string, int> ReadHeader(TextFieldParser parser, string fileName, IReadOnlyList<string> requiredColumns)
    {
        if (parser.EndOfData) throw new ImportException(fileName, null, "the file is empty");
        var names = parser.ReadFields() ?? [];
        var header = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Length; i++) header.TryAdd(names[i].Trim().TrimStart('\uFEFF'), i);
        var missing = requiredColumns.Where(c => !header.ContainsKey(c)).ToList();
        if (missing.Count > 0) throw new ImportException(fileName, 1, $"the header lacks the column(s) {string.Join(", ", missing)}");
        return header;
    }
}

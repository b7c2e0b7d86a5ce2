using System.Globalization;

namespace Signpost.Core.Imports;

/// <summary>One row of a CSV file with its line number, and typed readers that fail with the file and line.</summary>
public sealed class CsvRow(string fileName, int line, string[] fields, IReadOnlyDictionary<string, int>? header)
{
    public int Line { get; } = line;
    public int FieldCount => fields.Length;

    public string Text(int index) => index < fields.Length ? fields[index].Trim() : "";

    public string Text(string column) =>
        header is not null && header.TryGetValue(column, out var index) ? Text(index) : throw Problem($"there is no column \"{column}\"");

    public string? OptionalText(int index) => Text(index) is { Length: > 0 } value ? value : null;

    public string? OptionalText(string column) => Text(column) is { Length: > 0 } value ? value : null;

    public string RequiredText(int index, string what) => OptionalText(index) ?? throw Problem($"{what} is empty");

    public string RequiredText(string column) => OptionalText(column) ?? throw Problem($"{column} is empty");

    /// <summary>An ODS date (<c>YYYYMMDD</c>); empty means none.</summary>
    public DateOnly? OdsDate(int index, string what) => ParseOdsDate(Text(index), what);

    public DateOnly? OdsDate(string column) => ParseOdsDate(Text(column), column);

    public int Integer(string column) =>
        int.TryParse(Text(column), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value : throw Problem($"{column} should be a whole number, not \"{Text(column)}\"");

    public int? OptionalInteger(int index, string what) =>
        Text(index) is { Length: > 0 } text
            ? int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : throw Problem($"{what} should be a whole number, not \"{text}\"")
            : null;

    public double? OptionalNumber(string column) =>
        Text(column) is { Length: > 0 } text
            ? double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : throw Problem($"{column} should be a number, not \"{text}\"")
            : null;

    public ImportException Problem(string problem) => new(fileName, Line, problem);

    private DateOnly? ParseOdsDate(string text, string what)
    {
        if (text.Length == 0) return null;
        return DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date : throw Problem($"{what} should be a date written YYYYMMDD, not \"{text}\"");
    }
}

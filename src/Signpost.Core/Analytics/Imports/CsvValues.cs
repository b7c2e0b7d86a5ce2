using System.Globalization;
using Signpost.Core.Analytics.Gpad;

namespace Signpost.Core.Analytics.Imports;

/// <summary>Typed readers for the current record of a <see cref="CsvRecordReader"/> that fail with the file, line and column.</summary>
public static class CsvValues
{
    public static int Integer(this CsvRecordReader csv, int index, string column)
    {
        var text = csv[index].Trim();
        return int.TryParse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw csv.Problem(text.IsEmpty ? $"{column} is empty" : $"{column} should be a whole number of 0 or more, not \"{text}\"");
    }

    public static int? OptionalInteger(this CsvRecordReader csv, int index, string column) =>
        index < 0 || csv[index].Trim().IsEmpty ? null : csv.Integer(index, column);

    public static long Long(this CsvRecordReader csv, int index, string column)
    {
        var text = csv[index].Trim();
        return long.TryParse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw csv.Problem(text.IsEmpty ? $"{column} is empty" : $"{column} should be a whole number of 0 or more, not \"{text}\"");
    }

    public static DateOnly Date(this CsvRecordReader csv, int index, string column)
    {
        var text = csv[index].Trim();
        return GpadDates.TryParse(text, out var date)
            ? date
            : throw csv.Problem(text.IsEmpty ? $"{column} is empty" : $"{column} should be a date like 01MAR2024 or 2024-03-01, not \"{text}\"");
    }

    /// <summary>A date that must be the first of a month.</summary>
    public static DateOnly Month(this CsvRecordReader csv, int index, string column)
    {
        var date = csv.Date(index, column);
        return date.Day == 1 ? date : throw csv.Problem($"{column} should be the first day of a month, not {date:yyyy-MM-dd}");
    }

    public static short Code(this CsvRecordReader csv, int index, GpadDimension dimension)
    {
        var text = csv[index].Trim();
        return dimension.TryCode(text, out var code) ? code : throw csv.Problem(dimension.UnknownMessage(text));
    }

    public static string Required(this CsvRecordReader csv, int index, string column)
    {
        var text = csv.Text(index);
        return text.Length > 0 ? text : throw csv.Problem($"{column} is empty");
    }

    public static string? Optional(this CsvRecordReader csv, int index) => index < 0 || csv.Text(index) is not { Length: > 0 } text ? null : text;

    /// <summary>An ODS code (practice, PCN, sub-ICB): letters and digits only.</summary>
    public static string OdsCode(this CsvRecordReader csv, int index, string column)
    {
        var text = csv.Required(index, column);
        return text.Length <= 12 && text.All(char.IsAsciiLetterOrDigit) ? text.ToUpperInvariant() : throw csv.Problem($"{column} \"{text}\" is not an ODS code");
    }
}

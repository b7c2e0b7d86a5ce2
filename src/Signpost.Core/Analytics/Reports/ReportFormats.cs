using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Signpost.Core.Analytics.Reports;

/// <summary>JSON and CSV writing shared by the report command and the dashboards' downloads.</summary>
public static class ReportFormats
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>RFC 4180 CSV with a header row; numbers in invariant culture; fractions to 4 decimal places.</summary>
    public static string Csv(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', header.Select(Escape)).Append("\r\n");
        foreach (var row in rows) text.AppendJoin(',', row.Select(v => Escape(Format(v)))).Append("\r\n");
        return text.ToString();
    }

    public static string Format(object? value) => value switch
    {
        null => "",
        double d => d.ToString("0.####", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Escape(string value)
    {
        // A leading =, +, - or @ would be read as a formula by spreadsheets.
        if (value.Length > 0 && "=+@".Contains(value[0], StringComparison.Ordinal)) value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}

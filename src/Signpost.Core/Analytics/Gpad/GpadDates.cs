using System.Globalization;

namespace Signpost.Core.Analytics.Gpad;

/// <summary>The date spellings the national files use: MAR2019, 01MAR2019, 2019-03-01 and 01/03/2019.</summary>
public static class GpadDates
{
    private static readonly string[] Formats = ["MMMyyyy", "ddMMMyyyy", "yyyy-MM-dd", "dd/MM/yyyy", "yyyy-MM-dd HH:mm:ss"];

    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (!DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)) return false;
        date = DateOnly.FromDateTime(value);
        return true;
    }

    /// <summary>A month given as YYYY-MM, as the report command and the dashboards take it.</summary>
    public static bool TryParseMonth(string? text, out DateOnly month)
    {
        month = default;
        if (text is null || !DateOnly.TryParseExact(text.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)) return false;
        month = value;
        return true;
    }

    public static string MonthText(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}

using System.Globalization;

namespace Signpost.Web.Pages.Staff.Analytics;

/// <summary>How the dashboards write numbers: UK style, shares as percentages.</summary>
public static class AnalyticsFormat
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    public static string Count(long value) => value.ToString("N0", Uk);

    public static string Share(double? value) => value?.ToString("0.0%", Uk) ?? "–";

    public static string Change(double? value) => value?.ToString("+0.0%;-0.0%;0.0%", Uk) ?? "–";

    public static string PointsGap(double? value) => value is null ? "–" : (value.Value * 100).ToString("+0.0;-0.0;0.0", Uk) + " points";

    public static string Number(double? value, string format = "N1") => value?.ToString(format, Uk) ?? "–";

    /// <summary>A group as people read it: languages by their English name with the code stored ("Urdu (ur)").</summary>
    public static string Group(string dimension, string value)
    {
        if (dimension != "language" || value.Length is < 2 or > 3) return value;
        try
        {
            var culture = CultureInfo.GetCultureInfo(value);
            return culture.EnglishName == value || culture.EnglishName.StartsWith("Unknown", StringComparison.Ordinal) ? value : $"{culture.EnglishName} ({value})";
        }
        catch (CultureNotFoundException)
        {
            return value;
        }
    }
}

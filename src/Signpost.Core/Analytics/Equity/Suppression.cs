namespace Signpost.Core.Analytics.Equity;

/// <summary>
/// Small-number suppression: a count from 1 to 4 is never shown (null, displayed "&lt;5"), nor any rate whose
/// numerator or denominator is such a count. Zero is shown: it identifies no one.
/// </summary>
public static class Suppression
{
    public const int Threshold = 5;

    public static bool IsSmall(long count) => count is > 0 and < Threshold;

    public static long? Count(long count) => IsSmall(count) ? null : count;

    public static double? Rate(long numerator, long denominator) =>
        denominator == 0 || IsSmall(numerator) || IsSmall(denominator) ? null : (double)numerator / denominator;

    public static string Display(long? count) => count?.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-GB")) ?? "<5";
}

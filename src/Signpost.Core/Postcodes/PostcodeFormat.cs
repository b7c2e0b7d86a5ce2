using System.Text.RegularExpressions;

namespace Signpost.Core.Postcodes;

/// <summary>Normalises UK postcodes: <c>lu12qp</c>, <c>LU1  2QP</c> and <c>lu1 2qp</c> all become <c>LU1 2QP</c>.</summary>
public static partial class PostcodeFormat
{
    public const int MaxInputLength = 16;

    [GeneratedRegex("^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")]
    private static partial Regex FullPostcode();

    /// <summary>The postcode in its standard form, or null when the text is not shaped like a UK postcode.</summary>
    public static string? Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxInputLength) return null;
        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        if (!FullPostcode().IsMatch(compact)) return null;
        return $"{compact[..^3]} {compact[^3..]}";
    }
}

using System.Text.RegularExpressions;
using Signpost.Core.Languages;

namespace Signpost.Core.Translation;

/// <summary>
/// Finds protected tokens: emergency numbers (999, 111, 112), UK phone numbers, postcodes, web and e-mail
/// addresses, times and dates by pattern, then listed terms (NHS, NHS App, medicines, organisation names,
/// "do not translate" glossary terms, whole-word and longest first), then bare emergency numbers. Overlaps go
/// to the earlier finder.
/// </summary>
public sealed partial class ProtectedTokens
{
    private static readonly Lazy<IReadOnlyList<string>> ShippedTerms = new(ReadShippedTerms);
    private readonly Regex? terms;

    public ProtectedTokens(IEnumerable<string>? extraTerms = null)
    {
        var all = ShippedTerms.Value.Concat(extraTerms ?? []).Select(t => t.Trim()).Where(t => t.Length > 1)
            .Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(t => t.Length).Select(Regex.Escape).ToList();
        if (all.Count > 0)
        {
            terms = new Regex(@"(?<![\p{L}\p{N}])(?:" + string.Join("|", all) + @")(?![\p{L}\p{N}])",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
    }

    public static IReadOnlyList<string> Shipped => ShippedTerms.Value;

    public IReadOnlyList<ProtectedToken> Find(string text)
    {
        var found = new List<ProtectedToken>();
        foreach (var pattern in (Regex[])[Url(), Email(), Phone(), Postcode(), Time(), Date()])
        {
            AddWithoutOverlap(found, pattern.Matches(text), isTerm: false);
        }
        // Terms before bare emergency numbers, so that "NHS 111" stays one token.
        if (terms is not null) AddWithoutOverlap(found, terms.Matches(text), isTerm: true);
        AddWithoutOverlap(found, EmergencyNumber().Matches(text), isTerm: false);
        return found.OrderBy(t => t.Start).ToList();
    }

    private static void AddWithoutOverlap(List<ProtectedToken> found, MatchCollection matches, bool isTerm)
    {
        foreach (Match m in matches)
        {
            if (found.Any(t => m.Index < t.Start + t.Length && t.Start < m.Index + m.Length)) continue;
            found.Add(new ProtectedToken(m.Index, m.Length, m.Value, isTerm));
        }
    }

    private static List<string> ReadShippedTerms()
    {
        using var reader = EmbeddedData.Open("Signpost.Data.protected-terms.txt");
        var list = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim() is { Length: > 0 } term && !term.StartsWith('#')) list.Add(term);
        }
        return list;
    }

    [GeneratedRegex(@"(?:https?://|www\.)[^\s<>""']*[^\s<>""'.,;:!?)\]]", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<![\d+])(?:\+44\s?\(?0?\)?\s?|0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\d)")]
    private static partial Regex Phone();

    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Z]{1,2}[0-9][A-Z0-9]?\s?[0-9][A-Z]{2}(?![A-Za-z0-9])")]
    private static partial Regex Postcode();

    [GeneratedRegex(@"(?<![\d:.])\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)(?![\p{L}])|(?<![\d:.])\d{1,2}:\d{2}(?![\d:])", RegexOptions.IgnoreCase)]
    private static partial Regex Time();

    [GeneratedRegex(@"(?<![\d/])\d{1,2}/\d{1,2}/\d{2,4}(?![\d/])")]
    private static partial Regex Date();

    [GeneratedRegex(@"(?<!\d)(?:999|111|112)(?!\d)")]
    private static partial Regex EmergencyNumber();
}

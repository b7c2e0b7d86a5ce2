using System.Text.RegularExpressions;

namespace Signpost.Core.Translation;

/// <summary>
/// Protects what translation must not change. Before machine translation, protected tokens and glossary terms
/// are masked as placeholders; after, each placeholder must come back exactly once and is restored (a glossary
/// term as its required rendering). Every translation, machine or human, is then checked: each protected token
/// of the English is present unchanged, no number, phone, address or postcode appears that the English lacks,
/// and glossary renderings are used.
/// </summary>
public sealed partial class TranslationGuard
{
    private readonly ProtectedTokens tokens;
    private readonly IReadOnlyList<GlossaryTerm> renderings;

    public TranslationGuard(IEnumerable<GlossaryTerm>? glossary = null, IEnumerable<string>? extraProtectedTerms = null)
    {
        var terms = glossary?.ToList() ?? [];
        renderings = terms.Where(t => !t.DoNotTranslate).OrderByDescending(t => t.SourceTerm.Length).ToList();
        tokens = new ProtectedTokens((extraProtectedTerms ?? []).Concat(terms.Where(t => t.DoNotTranslate).Select(t => t.SourceTerm)));
    }

    public MaskedText Mask(string english)
    {
        var spans = tokens.Find(english).Select(t => (t.Start, t.Length, Restore: t.Value)).ToList();
        foreach (var term in renderings)
        {
            foreach (Match m in WholeWord(term.SourceTerm).Matches(english))
            {
                if (!spans.Any(s => m.Index < s.Start + s.Length && s.Start < m.Index + m.Length)) spans.Add((m.Index, m.Length, term.Rendering!));
            }
        }
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        var text = new System.Text.StringBuilder();
        var at = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            text.Append(english, at, spans[i].Start - at).Append("[[").Append(i).Append("]]");
            at = spans[i].Start + spans[i].Length;
        }
        text.Append(english, at, english.Length - at);
        return new MaskedText(text.ToString(), spans.Select(s => s.Restore).ToList(), spans.Select(s => english.Substring(s.Start, s.Length)).ToList());
    }

    /// <summary>Restores placeholders in machine output and checks the result against the English.</summary>
    public GuardResult Unmask(string english, MaskedText masked, string machineOutput)
    {
        var problems = new List<string>();
        var text = machineOutput;
        for (var i = 0; i < masked.Restore.Count; i++)
        {
            var placeholder = new Regex(@"\[\[\s*" + i + @"\s*\]\]");
            var count = placeholder.Count(text);
            if (count != 1) problems.Add(count == 0 ? $"“{masked.Originals[i]}” was lost" : $"“{masked.Originals[i]}” was repeated");
            text = placeholder.Replace(text, masked.Restore[i].Replace("$", "$$", StringComparison.Ordinal));
        }
        if (LeftoverPlaceholder().IsMatch(text)) problems.Add("the translation has a placeholder the English does not");
        if (text.Contains('#', StringComparison.Ordinal) && !english.Contains('#', StringComparison.Ordinal)) problems.Add("the server marked a word it could not translate (#)");
        if (problems.Count > 0) return new GuardResult(null, problems);
        text = SpaceBeforePunctuation().Replace(RepeatedSpaces().Replace(text.Trim(), " "), "$1");
        var check = Check(english, text);
        return new GuardResult(check.Count == 0 ? text : null, check);
    }

    /// <summary>What is wrong with a translation of <paramref name="english"/>, in words a translator can act on.</summary>
    public IReadOnlyList<string> Check(string english, string translation)
    {
        var problems = new List<string>();
        var source = tokens.Find(english);
        var target = tokens.Find(translation);
        foreach (var group in source.GroupBy(t => t.ComparisonKey))
        {
            if (target.Count(t => t.ComparisonKey == group.Key) < group.Count()) problems.Add($"Keep “{group.First().Value}” exactly as in the English");
        }
        var sourceKeys = source.Select(t => t.ComparisonKey).ToHashSet();
        foreach (var extra in target.Where(t => !t.IsTerm && !sourceKeys.Contains(t.ComparisonKey)).Select(t => t.Value).Distinct())
        {
            problems.Add($"“{extra}” is not in the English: check numbers, phone numbers, addresses and times");
        }
        foreach (var term in renderings.Where(t => WholeWord(t.SourceTerm).IsMatch(english)))
        {
            if (!translation.Contains(term.Rendering!, StringComparison.OrdinalIgnoreCase)) problems.Add($"Use “{term.Rendering}” for “{term.SourceTerm}” (glossary)");
        }
        return problems;
    }

    private static Regex WholeWord(string term) =>
        new(@"(?<![\p{L}\p{N}])" + Regex.Escape(term) + @"(?![\p{L}\p{N}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    [GeneratedRegex(@"\[\[\s*\d+\s*\]\]")]
    private static partial Regex LeftoverPlaceholder();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex RepeatedSpaces();

    // Rule-based engines put a space before punctuation that follows an unknown word ("emergencia .").
    [GeneratedRegex(@"\s+([.,;:!?])(?=\s|$)")]
    private static partial Regex SpaceBeforePunctuation();
}

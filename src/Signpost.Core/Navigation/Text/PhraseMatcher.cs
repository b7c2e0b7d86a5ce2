namespace Signpost.Core.Navigation.Text;

/// <summary>
/// Finds phrases in normalised text. With <c>tolerant</c> set (emergency phrases), a long word may have one
/// typing slip ("sucidal", "breahting"): for emergencies a false alarm is safer than a miss.
/// </summary>
public static class PhraseMatcher
{
    private const int TolerantMinLength = 7;

    // Real words one slip away from an emergency word ("cooking" / "choking"): never read as a slip.
    private static readonly HashSet<string> RealWords = new(StringComparer.Ordinal)
    {
        "cooking", "looking", "booking", "strike", "striking", "stroked", "breeding", "bleeping", "seizing",
        "blending", "shaking", "smoking", "stoking", "stocking", "drooling", "waters", "sucking",
    };

    /// <summary>The start of every place the phrase occurs.</summary>
    public static IEnumerable<int> FindStarts(NormalisedText text, PhrasePattern pattern, bool tolerant)
    {
        for (var start = 0; start < text.Words.Count; start++)
        {
            if (MatchesAt(text, pattern, 0, start, text.Clauses[start], tolerant)) yield return start;
        }
    }

    private static bool MatchesAt(NormalisedText text, PhrasePattern pattern, int token, int word, int clause, bool tolerant)
    {
        if (token == pattern.Tokens.Count) return true;
        var current = pattern.Tokens[token];
        if (current.IsGap)
        {
            for (var skip = 0; skip <= PhrasePattern.MaxGap; skip++)
            {
                if (word + skip >= text.Words.Count || text.Clauses[word + skip] != clause) return false;
                if (MatchesAt(text, pattern, token + 1, word + skip, clause, tolerant)) return true;
            }
            return false;
        }
        if (word >= text.Words.Count || text.Clauses[word] != clause) return false;
        return WordMatches(text.Words[word], current, tolerant) && MatchesAt(text, pattern, token + 1, word + 1, clause, tolerant);
    }

    private static bool WordMatches(string word, PatternToken token, bool tolerant)
    {
        var length = token.Word.Length;
        if (token.IsPrefix ? word.StartsWith(token.Word, StringComparison.Ordinal) : word == token.Word) return true;
        if (!tolerant || length < TolerantMinLength - (token.IsPrefix ? 1 : 0) || RealWords.Contains(word)) return false;
        if (!token.IsPrefix) return WithinOneEdit(word, token.Word);
        // A prefix with a slip may be one letter shorter or longer than the rule's ("sucidal" for "suicid*").
        for (var take = length - 1; take <= length + 1 && take <= word.Length; take++)
        {
            if (WithinOneEdit(word[..take], token.Word)) return true;
        }
        return false;
    }

    /// <summary>True when a and b differ by at most one insertion, deletion, substitution or swap of neighbours.</summary>
    public static bool WithinOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1) return false;
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        if (i == a.Length && i == b.Length) return true;
        if (a.Length == b.Length)
        {
            if (a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))) return true;
            return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
        }
        return a.Length > b.Length ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i)) : a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }
}

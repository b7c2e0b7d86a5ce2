namespace Signpost.Core.Navigation.Text;

/// <summary>
/// A rule phrase compiled for matching: words, <c>word*</c> for any ending, and <c>...</c> for up to three
/// other words between (never across a sentence).
/// </summary>
public sealed class PhrasePattern
{
    public const int MaxGap = 3;

    private PhrasePattern(string source, IReadOnlyList<PatternToken> tokens)
    {
        Source = source;
        Tokens = tokens;
    }

    public string Source { get; }
    public IReadOnlyList<PatternToken> Tokens { get; }

    /// <summary>Compiles a phrase, or returns a plain-English problem for the rule set validator.</summary>
    public static PhrasePattern Parse(string phrase, out string? problem)
    {
        var tokens = new List<PatternToken>();
        problem = null;
        foreach (var part in (phrase ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part == "...")
            {
                if (tokens.Count == 0 || tokens[^1].IsGap) problem = "'...' must stand between two words";
                tokens.Add(PatternToken.Gap);
                continue;
            }
            var prefix = part.EndsWith('*');
            var words = NormalisedText.From(prefix ? part[..^1] : part).Words;
            if (words.Count == 0) problem = $"'{part}' has no letters or digits";
            for (var i = 0; i < words.Count; i++) tokens.Add(new PatternToken(words[i], prefix && i == words.Count - 1, false));
        }
        if (tokens.Count == 0) problem ??= "the phrase is empty";
        else if (tokens[^1].IsGap) problem ??= "'...' must stand between two words";
        return new PhrasePattern(phrase ?? "", tokens);
    }
}

/// <summary>One word of a phrase: the word itself, a prefix (<c>breath*</c>) or a gap (<c>...</c>).</summary>
public sealed record PatternToken(string Word, bool IsPrefix, bool IsGap)
{
    public static readonly PatternToken Gap = new("", false, true);
}

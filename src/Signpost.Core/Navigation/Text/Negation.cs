namespace Signpost.Core.Navigation.Text;

/// <summary>
/// Decides whether a phrase is mentioned as absent ("no chest pain", "I don't have a rash"). Only a plain
/// negation a few words before, in the same clause and not cut off by "and", "but", "with" …, counts; uncertain
/// words ("not sure", "don't think", "no longer") do not. Anything unclear counts as present.
/// </summary>
public static class Negation
{
    public const int Window = 5;

    private static readonly HashSet<string> Cues = new(StringComparer.Ordinal)
    {
        "no", "not", "without", "denies", "denied", "deny", "never", "none", "nor", "neither", "nil",
        "dont", "doesnt", "didnt", "havent", "hasnt", "isnt", "arent", "wasnt", "werent",
    };

    private static readonly HashSet<string> Breakers = new(StringComparer.Ordinal)
    {
        "and", "but", "however", "although", "though", "except", "now", "then", "still", "yet", "because",
        "so", "which", "while", "with", "plus", "also", "due", "after", "since", "until", "if", "when",
    };

    private static readonly HashSet<string> Uncertain = new(StringComparer.Ordinal)
    {
        "not sure", "not certain", "no idea", "not only", "not just", "no longer", "not know", "dont know",
        "dont think", "didnt think", "doesnt think", "not think", "never know", "no better", "not better",
        "not getting", "not improving", "not stopping", "not going",
    };

    public static bool IsNegated(NormalisedText text, int start)
    {
        var clause = text.Clauses[start];
        for (var i = start - 1; i >= 0 && i >= start - Window && text.Clauses[i] == clause; i--)
        {
            var word = text.Words[i];
            if (Breakers.Contains(word)) return false;
            if (!Cues.Contains(word)) continue;
            var next = i + 1 < text.Words.Count ? word + " " + text.Words[i + 1] : word;
            return !Uncertain.Contains(next);
        }
        return false;
    }
}

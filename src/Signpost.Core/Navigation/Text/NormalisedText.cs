using System.Globalization;
using System.Text;

namespace Signpost.Core.Navigation.Text;

/// <summary>
/// Free text as lower-case words with apostrophes dropped ("can’t" → "cant"), split into clauses at
/// punctuation and line breaks so that a phrase or a negation never reaches across a sentence.
/// </summary>
public sealed class NormalisedText
{
    private NormalisedText(IReadOnlyList<string> words, IReadOnlyList<int> clauses)
    {
        Words = words;
        Clauses = clauses;
    }

    public IReadOnlyList<string> Words { get; }

    /// <summary>The clause number of each word.</summary>
    public IReadOnlyList<int> Clauses { get; }

    public static NormalisedText From(string? text)
    {
        var words = new List<string>();
        var clauses = new List<int>();
        var clause = 0;
        var word = new StringBuilder();
        foreach (var c in (text ?? "").Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture))
        {
            if (char.IsLetterOrDigit(c)) word.Append(c);
            else if (c is '\'' or '’' or '‘' or '`') continue;
            else
            {
                Flush(word, words, clauses, clause);
                if (c is '.' or ',' or ';' or ':' or '!' or '?' or '\n' or '(' or ')' or '"' or '/') clause++;
            }
        }
        Flush(word, words, clauses, clause);
        return new NormalisedText(words, clauses);
    }

    private static void Flush(StringBuilder word, List<string> words, List<int> clauses, int clause)
    {
        if (word.Length == 0) return;
        words.Add(word.ToString());
        clauses.Add(clause);
        word.Clear();
    }
}

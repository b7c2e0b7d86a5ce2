namespace Signpost.Core.Navigation;

/// <summary>
/// Whether free text can be checked by English phrases. Text mostly in another script, or labelled with another
/// language and without everyday English words, cannot: the rules then raise the urgency so that a person reads it.
/// </summary>
public static class TextScreening
{
    private static readonly HashSet<string> EnglishWords = new(StringComparer.Ordinal)
    {
        "i", "im", "ive", "my", "me", "the", "a", "an", "and", "or", "have", "has", "had", "is", "it", "its", "in", "on",
        "of", "to", "for", "with", "been", "since", "pain", "was", "be", "he", "she", "her", "his", "they", "this",
        "that", "not", "no", "can", "cant", "feel", "feeling", "got", "days", "day", "week", "weeks", "sore", "need",
    };

    public static bool CanScreen(string description, string? language)
    {
        var letters = description.Where(char.IsLetter).ToList();
        if (letters.Count == 0) return true;
        var latin = letters.Count(c => c < '\u0250');
        if (latin < letters.Count * 0.8) return false;
        if (language is null || language.StartsWith("en", StringComparison.OrdinalIgnoreCase)) return true;
        var words = Text.NormalisedText.From(description).Words;
        var english = words.Count(EnglishWords.Contains);
        return english * 6 >= words.Count;
    }
}

using System.Globalization;

namespace Signpost.Core.ServiceDirectory.Seeding;

/// <summary>ODS publishes names and addresses in capitals; this writes them as people read them.</summary>
public static class OdsNames
{
    private static readonly HashSet<string> KeepUpper = new(StringComparer.OrdinalIgnoreCase)
    {
        "PCN", "MK", "NHS", "GP", "UK", "LLP", "PLC", "BLMK", "UTC", "II", "III",
    };

    public static string Tidy(string text)
    {
        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select(TidyWord));
    }

    private static string TidyWord(string word)
    {
        var core = word.Trim('(', ')', ',', '.');
        if (KeepUpper.Contains(core)) return word.ToUpperInvariant();
        var lower = word.ToLowerInvariant();
        var chars = lower.ToCharArray();
        var startOfPart = true;
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsLetter(chars[i]))
            {
                if (startOfPart) chars[i] = char.ToUpper(chars[i], CultureInfo.InvariantCulture);
                startOfPart = false;
            }
            else
            {
                // "st.albans", "dunstable-road", "(bedford)": a new part starts after punctuation, not after an apostrophe.
                startOfPart = chars[i] != '\'' && chars[i] != '’';
            }
        }
        return new string(chars);
    }
}

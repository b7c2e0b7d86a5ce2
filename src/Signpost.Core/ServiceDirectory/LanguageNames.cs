using System.Globalization;

namespace Signpost.Core.ServiceDirectory;

/// <summary>English names of language codes ("ur" → "Urdu"), for lists and pages.</summary>
public static class LanguageNames
{
    public static string Name(string code)
    {
        try
        {
            var culture = CultureInfo.GetCultureInfo(code);
            return culture.EnglishName.StartsWith("Unknown", StringComparison.Ordinal) ? code : culture.EnglishName;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }
}

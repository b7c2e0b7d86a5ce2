using System.Globalization;
using Signpost.Core.Languages;
using Signpost.Core.Translation;

namespace Signpost.Web.Languages;

/// <summary>The language a request is shown in, the culture its dates and numbers use, and its translations.</summary>
public sealed record RequestLanguage(Language Language, CultureInfo Culture, LanguageSnapshot Snapshot)
{
    public bool IsEnglish => Language.Code == LanguageCatalogue.EnglishCode;

    /// <summary>The culture for formatting: the language's own where .NET (ICU) knows it, else British English.</summary>
    public static CultureInfo CultureFor(Language language)
    {
        if (language.Code == LanguageCatalogue.EnglishCode) return CultureInfo.GetCultureInfo("en-GB");
        return KnownCultures.Value.Contains(language.Code) ? CultureInfo.GetCultureInfo(language.Code) : CultureInfo.GetCultureInfo("en-GB");
    }

    private static readonly Lazy<HashSet<string>> KnownCultures = new(() =>
        CultureInfo.GetCultures(CultureTypes.NeutralCultures).Select(c => c.Name).ToHashSet(StringComparer.OrdinalIgnoreCase));
}

namespace Signpost.Core.Languages;

/// <summary>
/// A person's preferred language and communication needs, to be stored with their requests and bookings
/// (as <c>preferred_language text</c> and <c>communication_needs text[]</c>) so they travel with them.
/// Create one with <see cref="TryCreate"/>, which validates in the words the person will read.
/// </summary>
public sealed record CommunicationPreferences
{
    public const string LanguageField = "PreferredLanguage";
    public const string NeedsField = "CommunicationNeeds";

    private CommunicationPreferences(string languageCode, IReadOnlyList<string> needs)
    {
        LanguageCode = languageCode;
        Needs = needs;
    }

    public static CommunicationPreferences English { get; } = new(LanguageCatalogue.EnglishCode, []);

    public string LanguageCode { get; }

    /// <summary>Codes from <see cref="CommunicationNeed.All"/>, each once, in catalogue order.</summary>
    public IReadOnlyList<string> Needs { get; }

    public bool Has(string needCode) => Needs.Contains(needCode, StringComparer.Ordinal);

    /// <summary>Validates a language code and need codes; errors are keyed by form field and say what to do.</summary>
    public static bool TryCreate(string? language, IEnumerable<string?>? needs, out CommunicationPreferences preferences, out IReadOnlyDictionary<string, string> errors)
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        var code = string.IsNullOrWhiteSpace(language) ? LanguageCatalogue.EnglishCode : language.Trim().ToLowerInvariant();
        var known = LanguageCatalogue.Default.Find(code);
        if (known is null) problems[LanguageField] = "Select a language from the list";
        var given = (needs ?? []).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim().ToLowerInvariant()).Distinct().ToList();
        if (given.Any(n => CommunicationNeed.Find(n) is null)) problems[NeedsField] = "Select communication needs from the list";
        else if (given.Contains(CommunicationNeed.Interpreter) && code == LanguageCatalogue.EnglishCode)
        {
            problems[LanguageField] = "Select the language the interpreter should speak";
        }
        errors = problems;
        preferences = problems.Count > 0 ? English
            : new CommunicationPreferences(known!.Code, CommunicationNeed.All.Select(n => n.Code).Where(given.Contains).ToList());
        return problems.Count == 0;
    }
}

namespace Signpost.Web.Languages;

/// <summary>One language in <c>GET /api/languages</c>.</summary>
public sealed record LanguageJson(
    string Code,
    string EnglishName,
    string NativeName,
    string Direction,
    string UiStatus,
    int? BlmkSpeakers,
    string? CensusCategory);

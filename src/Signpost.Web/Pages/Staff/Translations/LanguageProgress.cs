using Signpost.Core.Languages;

namespace Signpost.Web.Pages.Staff.Translations;

/// <summary>How many of a language's translations are in each state.</summary>
public sealed record LanguageProgress(Language Language, int Approved, int Reviewed, int Machine, int Stale);

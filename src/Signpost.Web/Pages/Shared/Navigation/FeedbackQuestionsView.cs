namespace Signpost.Web.Pages.Shared.Navigation;

/// <summary>The three first-contact questions, with a name prefix so the same partial serves the link and staff forms.</summary>
public sealed record FeedbackQuestionsView(string Prefix, int? Ease, int? Respect, string? PreferenceRespected);

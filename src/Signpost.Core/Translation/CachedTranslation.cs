namespace Signpost.Core.Translation;

/// <summary>
/// A current (not stale) translation as pages use it. <see cref="SourceHash"/> is the hash of the English it
/// translates, so that a page showing newer English (a directory field just edited) can tell it is out of date.
/// </summary>
public sealed record CachedTranslation(string Text, string State, bool SafetyCritical, string? SourceHash = null)
{
    /// <summary>Whether the text may be shown: always, except a safety-critical unit that is not yet approved.</summary>
    public bool Showable => !SafetyCritical || State == TranslationState.Approved;
}

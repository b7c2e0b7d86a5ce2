namespace Signpost.Core.Translation;

/// <summary>A current (not stale) translation as pages use it.</summary>
public sealed record CachedTranslation(string Text, string State, bool SafetyCritical)
{
    /// <summary>Whether the text may be shown: always, except a safety-critical unit that is not yet approved.</summary>
    public bool Showable => !SafetyCritical || State == TranslationState.Approved;
}

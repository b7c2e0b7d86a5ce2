namespace Signpost.Core.Translation;

/// <summary>
/// A text a feature wants translated. <see cref="Key"/> is stable for the thing (for example
/// "directory:service:42:description"); when <see cref="English"/> changes, its translations become stale.
/// </summary>
public sealed record UnitSource(string Key, string Kind, string English, bool SafetyCritical = false, string? Context = null)
{
    /// <summary>A UI string, keyed by the hash of its English.</summary>
    public static UnitSource Ui(string english, bool safetyCritical = false) => new(SourceHash.UiKey(english), UnitKind.Ui, english, safetyCritical);
}

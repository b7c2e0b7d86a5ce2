namespace Signpost.Core.Translation;

/// <summary>Whether a translator's action was saved, and if not, why (in words the translator can act on).</summary>
public sealed record ReviewResult(bool Saved, IReadOnlyList<string> Problems)
{
    public static ReviewResult Ok { get; } = new(true, []);

    public static ReviewResult Refused(params string[] problems) => new(false, problems);
}

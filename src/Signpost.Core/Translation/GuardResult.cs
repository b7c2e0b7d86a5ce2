namespace Signpost.Core.Translation;

/// <summary>The translation after placeholders were restored, or the problems that make it unusable.</summary>
public sealed record GuardResult(string? Text, IReadOnlyList<string> Problems)
{
    public bool Accepted => Problems.Count == 0 && Text is not null;
}

namespace Signpost.Core.Translation;

/// <summary>machine → reviewed → approved. Only approved text of a safety-critical unit is ever shown.</summary>
public static class TranslationState
{
    public const string Machine = "machine";
    public const string Reviewed = "reviewed";
    public const string Approved = "approved";

    public static IReadOnlyList<string> All { get; } = [Machine, Reviewed, Approved];

    public static bool IsValid(string? state) => state is Machine or Reviewed or Approved;
}

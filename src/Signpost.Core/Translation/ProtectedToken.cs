namespace Signpost.Core.Translation;

/// <summary>A span of English that must survive translation unchanged: a pattern (number, phone, URL…) or a listed term.</summary>
public sealed record ProtectedToken(int Start, int Length, string Value, bool IsTerm)
{
    /// <summary>Terms compare without regard to case (a practice name may be in capitals); patterns exactly.</summary>
    public string ComparisonKey => IsTerm ? Value.ToUpperInvariant() : Value;
}

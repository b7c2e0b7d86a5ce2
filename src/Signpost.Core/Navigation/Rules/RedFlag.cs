namespace Signpost.Core.Navigation.Rules;

/// <summary>One question of the red-flag screen that comes before everything else.</summary>
public sealed class RedFlag
{
    public required string Id { get; init; }

    /// <summary><c>adult</c>, <c>child</c> or <c>any</c>: which list the question is shown in.</summary>
    public required string Audience { get; init; }

    /// <summary>The question in plain English, as shown on the screen.</summary>
    public required string Question { get; init; }

    public required string Urgency { get; init; }
    public required string Destination { get; init; }
    public string? Role { get; init; }
    public required string Reason { get; init; }
}

namespace Signpost.Core.Analytics.Measures;

/// <summary>A filter or option the user gave cannot be used (an unknown area, a month written wrongly); the message says why.</summary>
public class AnalyticsInputException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}

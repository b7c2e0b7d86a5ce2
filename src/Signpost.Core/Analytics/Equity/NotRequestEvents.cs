namespace Signpost.Core.Analytics.Equity;

/// <summary>Navigation's events that are not requests, as the equity view names them.</summary>
public static class NotRequestEvents
{
    public const string EmergencyAdvice = "emergency-advice";
    public const string NotAccepted = "not-accepted";
}

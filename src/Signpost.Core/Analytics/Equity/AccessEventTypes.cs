namespace Signpost.Core.Analytics.Equity;

public static class AccessEventTypes
{
    public const string RequestMade = "request-made";
    public const string OutcomeGiven = "outcome-given";
    public const string Booked = "booked";
    public const string Attended = "attended";
    public const string DidNotAttend = "did-not-attend";
    public const string FeedbackGiven = "feedback-given";

    public static readonly IReadOnlyList<string> Channels = ["online", "phone", "walk-in", "proxy"];
}

namespace Signpost.Core.Analytics.Equity;

/// <summary>
/// One event in a request's journey, written by the feature where it happens (navigation, booking, feedback)
/// for the equity view. The contract is in docs/analytics.md: no personal data, only the groups compared.
/// </summary>
public class AccessEvent
{
    public long Id { get; set; }

    /// <summary>The same opaque reference on every event of one request (not an NHS number, not a name).</summary>
    public required string RequestRef { get; set; }

    /// <summary>One of <see cref="AccessEventTypes"/>.</summary>
    public required string EventType { get; set; }

    public DateTimeOffset OccurredAt { get; set; }
    public string? PracticeCode { get; set; }

    /// <summary>online, phone, walk-in or proxy (required on request-made).</summary>
    public string? Channel { get; set; }

    /// <summary>The language the person used, as an ISO 639-1 code where there is one (en, ur, pl…).</summary>
    public string? Language { get; set; }

    /// <summary>none, interpreter, bsl, easy-read, large-print, hearing-loop or another short code.</summary>
    public string? CommunicationNeed { get; set; }

    /// <summary>0-15, 16-24, 25-44, 45-64, 65-74, 75+.</summary>
    public string? AgeBand { get; set; }

    /// <summary>female, male, other or not-stated.</summary>
    public string? Sex { get; set; }

    /// <summary>True when staff entered the request for the person (a proxy for digital exclusion).</summary>
    public bool? EnteredByStaff { get; set; }

    /// <summary>On outcome-given: where the person was sent (gp-appointment, pharmacy-first, self-care, 111, …).</summary>
    public string? Disposition { get; set; }

    /// <summary>On booked: the role of the person seen (gp, nurse, clinical-pharmacist, physiotherapist, …).</summary>
    public string? BookingRole { get; set; }

    /// <summary>On booked: face-to-face, telephone, video or home-visit.</summary>
    public string? BookingModality { get; set; }

    /// <summary>On feedback-given: 1 (very poor) to 5 (very good).</summary>
    public short? FeedbackScore { get; set; }

    /// <summary>True only for rows made by <c>./signpost demo seed</c>.</summary>
    public bool IsDemo { get; set; }
}

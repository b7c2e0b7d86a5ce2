namespace Signpost.Core.Analytics.Equity;

/// <summary>
/// Signpost's own requests over a period, by one dimension, side by side with all requests; suppressed. NotRequests
/// counts what navigation recorded that is not a request (<see cref="NotRequestEvents"/>): emergency advice given
/// from the red-flag screen (all areas only: it has no practice) and online requests not accepted.
/// </summary>
public sealed record EquityReport(string Dimension, string DimensionLabel, string From, string To, bool IncludesDemoData,
    EquityGroup Overall, IReadOnlyList<EquityGroup> Groups, IReadOnlyList<CountRow> Dispositions, IReadOnlyList<CountRow> Bookings,
    IReadOnlyList<CountRow> NotRequests);

/// <summary>A suppressed count of something (a disposition, a booking role and modality).</summary>
public sealed record CountRow(string Name, long? Count);

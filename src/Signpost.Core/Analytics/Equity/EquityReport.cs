namespace Signpost.Core.Analytics.Equity;

/// <summary>Signpost's own requests over a period, by one dimension, side by side with all requests; suppressed.</summary>
public sealed record EquityReport(string Dimension, string DimensionLabel, string From, string To, bool IncludesDemoData,
    EquityGroup Overall, IReadOnlyList<EquityGroup> Groups, IReadOnlyList<CountRow> Dispositions, IReadOnlyList<CountRow> Bookings);

/// <summary>A suppressed count of something (a disposition, a booking role and modality).</summary>
public sealed record CountRow(string Name, long? Count);

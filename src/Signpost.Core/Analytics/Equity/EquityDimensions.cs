namespace Signpost.Core.Analytics.Equity;

/// <summary>The groups the equity view compares, and the access_events column each is.</summary>
public static class EquityDimensions
{
    public static readonly IReadOnlyList<(string Key, string Column, string Label)> All =
    [
        ("channel", "channel", "Channel"),
        ("language", "language", "Language"),
        ("communication-need", "communication_need", "Interpreter or other communication need"),
        ("age-band", "age_band", "Age band"),
        ("sex", "sex", "Sex"),
    ];

    public static (string Key, string Column, string Label)? Find(string? key) =>
        All.FirstOrDefault(d => d.Key == (key ?? "channel")) is { Key: not null } found ? found : null;
}

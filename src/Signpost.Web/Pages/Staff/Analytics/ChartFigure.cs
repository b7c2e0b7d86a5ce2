namespace Signpost.Web.Pages.Staff.Analytics;

/// <summary>
/// A chart drawn by wwwroot/js/analytics-charts.mjs from the JSON at <see cref="Source"/>: the rows under
/// <see cref="Rows"/>, labelled by <see cref="LabelField"/>, one series per field in <see cref="ValueFields"/>.
/// The same figures are always in a table beside it (the chart is an enhancement).
/// </summary>
public sealed record ChartFigure(string Id, string Type, string Description, string Source, string Rows, string LabelField,
    IReadOnlyList<(string Field, string Label)> ValueFields, bool Percent = false);

namespace Signpost.Core.Analytics.Measures;

/// <summary>An area a manager can pick in the filters.</summary>
public sealed record AreaOption(string Kind, string Code, string Name);

namespace Signpost.Cli.Commands;

public sealed record QueryTiming(string Name, double P50, double P95, double Max);

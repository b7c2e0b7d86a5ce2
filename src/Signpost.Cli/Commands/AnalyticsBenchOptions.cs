namespace Signpost.Cli.Commands;

public sealed record AnalyticsBenchOptions(long Rows, int Runs, bool Keep, int Rounds, bool QueriesOnly = false);

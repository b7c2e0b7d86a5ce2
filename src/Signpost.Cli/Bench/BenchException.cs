namespace Signpost.Cli.Bench;

/// <summary>A benchmark cannot run as asked; the message says why and what to do.</summary>
public class BenchException(string message) : Exception(message);

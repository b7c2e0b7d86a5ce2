namespace Signpost.Cli.Bench;

/// <param name="Url">A running instance on the database SIGNPOST_DB names; null: the bench starts its own app and database.</param>
/// <param name="AppPid">The running instance's process, to read its peak memory (only with --url).</param>
public sealed record BookingSurgeOptions(int Clients, int Slots, Uri? Url, int? AppPid, int MaxSeconds, int PgbenchSeconds);

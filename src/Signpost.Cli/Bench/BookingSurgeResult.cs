namespace Signpost.Cli.Bench;

public sealed record BookingSurgeResult(
    int Clients, int Slots, TimeSpan Elapsed, SurgeStats Stats, int ConfirmedInDatabase, int DoubleBookings, int SlotsLeft,
    double? PeakRssMib, double PgbenchTps, int PgbenchClients, SurgeContention Contention);

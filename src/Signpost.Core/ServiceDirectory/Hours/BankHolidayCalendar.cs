using Npgsql;

namespace Signpost.Core.ServiceDirectory.Hours;

/// <summary>
/// The bank holidays, read from the database and kept for ten minutes: they change only when the shipped file
/// does, and every instance reads the same table, so a short cache is safe with several instances. Two requests
/// may both reload at expiry; each swaps in a complete dictionary, so readers never see a partial one.
/// </summary>
public class BankHolidayCalendar(NpgsqlDataSource dataSource, TimeProvider clock)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(10);
    private volatile Loaded? loaded;

    public async Task<IReadOnlyDictionary<DateOnly, string>> GetAsync(CancellationToken cancellationToken = default)
    {
        var current = loaded;
        if (current is not null && clock.GetUtcNow() - current.At < KeepFor) return current.Holidays;
        var holidays = new Dictionary<DateOnly, string>();
        await using var command = dataSource.CreateCommand("select on_date, name from directory_bank_holidays");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) holidays[reader.GetFieldValue<DateOnly>(0)] = reader.GetString(1);
        loaded = new Loaded(holidays, clock.GetUtcNow());
        return holidays;
    }

    private sealed record Loaded(IReadOnlyDictionary<DateOnly, string> Holidays, DateTimeOffset At);
}

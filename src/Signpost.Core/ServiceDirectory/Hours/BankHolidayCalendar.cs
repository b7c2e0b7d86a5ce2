using Npgsql;

namespace Signpost.Core.ServiceDirectory.Hours;

/// <summary>
/// The bank holidays, read from the database and kept for ten minutes: they change only when the shipped file
/// does, and every instance reads the same table, so a short cache is safe with several instances.
/// </summary>
public class BankHolidayCalendar(NpgsqlDataSource dataSource, TimeProvider clock)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(10);
    private readonly SemaphoreSlim gate = new(1, 1);
    private IReadOnlyDictionary<DateOnly, string> holidays = new Dictionary<DateOnly, string>();
    private DateTimeOffset loadedAt = DateTimeOffset.MinValue;

    public async Task<IReadOnlyDictionary<DateOnly, string>> GetAsync(CancellationToken cancellationToken = default)
    {
        if (clock.GetUtcNow() - loadedAt < KeepFor) return holidays;
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (clock.GetUtcNow() - loadedAt < KeepFor) return holidays;
            var loaded = new Dictionary<DateOnly, string>();
            await using var command = dataSource.CreateCommand("select on_date, name from directory_bank_holidays");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) loaded[reader.GetFieldValue<DateOnly>(0)] = reader.GetString(1);
            holidays = loaded;
            loadedAt = clock.GetUtcNow();
            return holidays;
        }
        finally
        {
            gate.Release();
        }
    }
}

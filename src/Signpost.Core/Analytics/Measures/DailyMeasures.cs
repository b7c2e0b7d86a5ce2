using System.Globalization;
using Npgsql;
using Signpost.Core.Analytics.Gpad;

namespace Signpost.Core.Analytics.Measures;

/// <summary>
/// Appointments per day from the GPAD daily file (gpad_daily_appointments), for all areas, the ICB or a sub-ICB
/// location: the daily file is published by sub-ICB location, so places, PCNs and practices cannot be answered.
/// </summary>
public class DailyMeasures(NpgsqlDataSource dataSource, AnalyticsAreas areas)
{
    /// <summary><paramref name="month"/> as YYYY-MM; none means the latest month with daily figures.</summary>
    public async Task<DailyReport> BuildAsync(string? month, string? area, CancellationToken cancellationToken = default)
    {
        var selection = await areas.ResolveAsync(area, cancellationToken);
        if (!selection.UsesRegionalFigures)
        {
            throw new AnalyticsInputException("area", $"The GPAD daily file is published by sub-ICB location, so it has no figures for {selection.Name}. Choose the ICB, a sub-ICB location or all areas.");
        }
        var months = await MonthsAsync(cancellationToken);
        if (months.Count == 0) throw new AnalyticsInputException("month", "There are no GPAD daily figures yet. Import a GPAD daily CSV first.");
        var first = Parse(month) ?? DateOnly.ParseExact(months[^1] + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        await using var command = dataSource.CreateCommand($"""
            select appointment_date, sum(appointments)::bigint,
                coalesce(sum(appointments) filter (where time_between = {GpadCodes.SameDayCode}), 0)::bigint,
                coalesce(sum(appointments) filter (where appt_status = {GpadCodes.Dna}), 0)::bigint
            from gpad_daily_appointments
            where appointment_date >= $4 and appointment_date < $5 and {selection.PracticeListCondition("''", "sub_icb_code")} and {AreaSelection.ParameterTypes}
            group by appointment_date order by appointment_date
            """);
        foreach (var value in selection.Parameters()) command.Parameters.Add(new NpgsqlParameter { Value = value });
        command.Parameters.Add(new NpgsqlParameter { Value = first });
        command.Parameters.Add(new NpgsqlParameter { Value = first.AddMonths(1) });
        var days = new List<DailyFigure>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var day = reader.GetFieldValue<DateOnly>(0);
                days.Add(new DailyFigure(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), day.ToString("ddd", CultureInfo.GetCultureInfo("en-GB")),
                    reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3)));
            }
        }
        return new DailyReport(first.ToString("yyyy-MM", CultureInfo.InvariantCulture), selection.Code ?? "all", selection.Name, days.Sum(d => d.Appointments), days, months);
    }

    private async Task<List<string>> MonthsAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            select distinct to_char(date_trunc('month', appointment_date), 'YYYY-MM') from gpad_daily_appointments order by 1
            """);
        var months = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) months.Add(reader.GetString(0));
        return months;
    }

    private static DateOnly? Parse(string? month)
    {
        if (string.IsNullOrWhiteSpace(month)) return null;
        return DateOnly.TryParseExact(month.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            ? first : throw new AnalyticsInputException("month", "Enter the month as a year and month, like 2023-04");
    }
}

using Npgsql;
using Signpost.Core.Analytics.Gpad;

namespace Signpost.Core.Analytics.Measures;

/// <summary>
/// Monthly GPAD figures for an area, read from gpad_month_summary. For the ICB, a sub-ICB location or all areas
/// the published regional figures are used for each month that has them, else the sum of the practice-level
/// rows; places, PCNs and practices always come from the practice level.
/// </summary>
public class AppointmentMeasures(NpgsqlDataSource dataSource)
{
    private static readonly string Sums = string.Join(", ",
        Sum("by_status", GpadCodes.Status.Count), Sum("by_hcp_type", GpadCodes.HcpType.Count), Sum("by_mode", GpadCodes.Mode.Count),
        Sum("by_time_between", GpadCodes.TimeBetween.Count), Sum("by_national_category", GpadCodes.NationalCategory.Count));

    public async Task<IReadOnlyList<MonthFigures>> MonthlyAsync(AreaSelection area, CancellationToken cancellationToken = default)
    {
        if (!area.UsesRegionalFigures) return await QueryAsync("practice", area.PracticeCondition("area_code", "pcn_code", "sub_icb_code"), area, cancellationToken);
        var subIcbCondition = area.Kind == AreaKinds.All ? "true" : "sub_icb_code = any($2)";
        var practice = await QueryAsync("practice-sub-icb", subIcbCondition, area, cancellationToken);
        var regional = await QueryAsync("regional", subIcbCondition, area, cancellationToken);
        var months = regional.ToDictionary(m => m.Month);
        foreach (var m in practice) months.TryAdd(m.Month, m);
        return months.Values.OrderBy(m => m.Month).ToList();
    }

    private async Task<List<MonthFigures>> QueryAsync(string source, string condition, AreaSelection area, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            select month, sum(appointments)::bigint, count(*)::int, count(by_national_category)::int, {Sums}
            from gpad_month_summary where source = '{source}' and ({condition}) and {AreaSelection.ParameterTypes}
            group by month order by month
            """);
        foreach (var value in area.Parameters()) command.Parameters.Add(new NpgsqlParameter { Value = value });
        var list = new List<MonthFigures>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var column = 4;
            long Value()
            {
                var value = reader.IsDBNull(column) ? 0 : reader.GetInt64(column);
                column++;
                return value;
            }
            long[] Next(int count) => Enumerable.Range(0, count).Select(_ => Value()).ToArray();
            var status = Next(GpadCodes.Status.Count);
            var hcp = Next(GpadCodes.HcpType.Count);
            var mode = Next(GpadCodes.Mode.Count);
            var time = Next(GpadCodes.TimeBetween.Count);
            var category = Next(GpadCodes.NationalCategory.Count);
            var rows = reader.GetInt32(2);
            list.Add(new MonthFigures(reader.GetFieldValue<DateOnly>(0), source == "regional" ? "regional" : "practice", reader.GetInt64(1), status, hcp, mode, time,
                reader.GetInt32(3) == rows ? category : null));
        }
        return list;
    }

    private static string Sum(string column, int count) =>
        string.Join(", ", Enumerable.Range(1, count).Select(i => $"sum({column}[{i}])::bigint"));
}

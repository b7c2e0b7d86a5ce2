using Npgsql;

namespace Signpost.Core.Analytics.Measures;

/// <summary>Finds the <see cref="Denominator"/> of each month for an area (see there for the two bases).</summary>
public class PatientDenominators(NpgsqlDataSource dataSource)
{
    public const string CoverageBasis = "gpad-coverage";
    public const string ListBasis = "registered-patients";

    public async Task<Dictionary<DateOnly, Denominator>> ForAreaAsync(AreaSelection area, CancellationToken cancellationToken = default)
    {
        var result = new Dictionary<DateOnly, Denominator>();
        if (area.UsesRegionalFigures)
        {
            var coverageCondition = area.Kind == AreaKinds.All ? "true" : "sub_icb_code = any($2)";
            await ReadAsync($"""
                select month, sum(patients_included)::bigint, sum(included_practices)::int, sum(patients_open)::bigint, sum(open_practices)::int
                from gpad_coverage where ({coverageCondition}) and {AreaSelection.ParameterTypes} group by month
                """, area, r => result[r.Month] = r with { Basis = CoverageBasis }, cancellationToken);
        }
        // Sub-ICB level and above, GPAD coverage is the denominator; list sizes are for places, PCNs and practices.
        if (area.UsesRegionalFigures) return result;
        var lists = new Dictionary<DateOnly, Denominator>();
        await ReadAsync($"""
            select date_trunc('month', extract_date)::date, sum(patients)::bigint, count(*)::int, null::bigint, null::int
            from registered_patients where sex = 'ALL' and age = 'ALL' and ({area.PracticeListCondition("practice_code", "sub_icb_code")})
              and {AreaSelection.ParameterTypes} group by 1
            """, area, r => lists[r.Month] = r, cancellationToken);
        await ReadAsync($"""
            select s.month, sum(r.patients)::bigint, count(*)::int, null::bigint, null::int
            from gpad_month_summary s join registered_patients r on r.practice_code = s.area_code and r.sex = 'ALL' and r.age = 'ALL'
                and date_trunc('month', r.extract_date)::date = s.month
            where s.source = 'practice' and ({area.PracticeCondition("s.area_code", "s.pcn_code", "s.sub_icb_code")}) and {AreaSelection.ParameterTypes}
            group by s.month
            """, area, r => result.TryAdd(r.Month, r with
            {
                Basis = ListBasis,
                PatientsInArea = lists.GetValueOrDefault(r.Month)?.PatientsIncluded,
                PracticesInArea = lists.GetValueOrDefault(r.Month)?.IncludedPractices,
            }), cancellationToken);
        return result;
    }

    private async Task ReadAsync(string sql, AreaSelection area, Action<Denominator> add, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        foreach (var value in area.Parameters()) command.Parameters.Add(new NpgsqlParameter { Value = value });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            add(new Denominator(reader.GetFieldValue<DateOnly>(0), "", reader.GetInt64(1), reader.GetInt32(2),
                reader.IsDBNull(3) ? null : reader.GetInt64(3), reader.IsDBNull(4) ? null : reader.GetInt32(4)));
        }
    }
}

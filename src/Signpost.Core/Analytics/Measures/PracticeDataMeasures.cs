using System.Globalization;
using Npgsql;

namespace Signpost.Core.Analytics.Measures;

/// <summary>Monthly online consultation and telephony figures of an area, from the practice-level national files.</summary>
public class PracticeDataMeasures(NpgsqlDataSource dataSource)
{
    public Task<List<OnlineConsultationMonth>> OnlineConsultationsAsync(AreaSelection area, CancellationToken cancellationToken = default) =>
        ReadAsync($"""
            select month, count(*)::int, sum(submissions)::bigint, sum(clinical_submissions)::bigint, sum(administrative_submissions)::bigint,
                sum(other_submissions)::bigint, coalesce(sum(registered_patients), 0)::bigint,
                coalesce(sum(submissions) filter (where registered_patients > 0), 0)::bigint,
                coalesce(sum(clinical_submissions) filter (where registered_patients > 0), 0)::bigint,
                coalesce(sum(administrative_submissions) filter (where registered_patients > 0), 0)::bigint
            from online_consultation_submissions
            where ({area.PracticeCondition("practice_code", "pcn_code", "sub_icb_code")}) and {AreaSelection.ParameterTypes}
            group by month order by month
            """, area, r => new OnlineConsultationMonth(Month(r), r.GetInt32(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4), r.GetInt64(5),
                r.GetInt64(6), r.GetInt64(7), r.GetInt64(8), r.GetInt64(9)), cancellationToken);

    public Task<List<TelephonyMonth>> TelephonyAsync(AreaSelection area, CancellationToken cancellationToken = default) =>
        ReadAsync($"""
            select o.month, count(*) filter (where o.practice_code <> 'UNASSIGNED')::int, sum(o.inbound_calls)::bigint, sum(o.answered)::bigint,
                sum(o.missed)::bigint, sum(o.ended_in_ivr)::bigint, sum(o.callback_requested)::bigint, sum(o.callback_made)::bigint,
                coalesce(sum(a.wait_under_1_min), 0)::bigint, coalesce(sum(a.wait_over_5_min), 0)::bigint,
                coalesce(sum(a.wait_under_1_min + a.wait_1_to_2_min + a.wait_2_to_5_min + a.wait_over_5_min), 0)::bigint,
                coalesce(sum(m.wait_under_1_min), 0)::bigint, coalesce(sum(m.wait_over_5_min), 0)::bigint,
                coalesce(sum(m.wait_under_1_min + m.wait_1_to_2_min + m.wait_2_to_5_min + m.wait_over_5_min), 0)::bigint
            from telephony_call_outcomes o
            left join telephony_answered_waits a using (practice_code, pcn_code, month)
            left join telephony_missed_waits m using (practice_code, pcn_code, month)
            where ({area.PracticeCondition("o.practice_code", "o.pcn_code", "o.sub_icb_code")}) and {AreaSelection.ParameterTypes}
            group by o.month order by o.month
            """, area, r => new TelephonyMonth(Month(r), r.GetInt32(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4), r.GetInt64(5), r.GetInt64(6),
                r.GetInt64(7), r.GetInt64(8), r.GetInt64(9), r.GetInt64(10), r.GetInt64(11), r.GetInt64(12), r.GetInt64(13)), cancellationToken);

    private static string Month(NpgsqlDataReader reader) => reader.GetFieldValue<DateOnly>(0).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private async Task<List<T>> ReadAsync<T>(string sql, AreaSelection area, Func<NpgsqlDataReader, T> map, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        foreach (var value in area.Parameters()) command.Parameters.Add(new NpgsqlParameter { Value = value });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<T>();
        while (await reader.ReadAsync(cancellationToken)) list.Add(map(reader));
        return list;
    }
}

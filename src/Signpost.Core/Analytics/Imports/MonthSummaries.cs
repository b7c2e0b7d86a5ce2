using Npgsql;
using NpgsqlTypes;
using Signpost.Core.Analytics.Gpad;

namespace Signpost.Core.Analytics.Imports;

/// <summary>
/// Totals the rows of a GPAD file by area and month while they stream in, then makes the file's (area, month)
/// pairs replace what earlier files said about them: superseded fact rows and summaries are deleted, the new
/// summaries written, all in the import's transaction.
/// </summary>
public sealed class MonthSummaries(string source, string factTable, string factAreaColumn, bool hasCategory)
{
    private readonly Dictionary<(string, DateOnly), MonthSummary> summaries = [];
    private MonthSummary? last;

    public int Count => summaries.Count;

    public MonthSummary For(string areaCode, DateOnly month, string subIcbCode, string? pcnCode)
    {
        if (last is not null && ReferenceEquals(last.AreaCode, areaCode) && last.Month == month) return last;
        if (!summaries.TryGetValue((areaCode, month), out last))
        {
            last = new MonthSummary(areaCode, month, subIcbCode, pcnCode, hasCategory);
            summaries.Add((areaCode, month), last);
        }
        return last;
    }

    public async Task ReplaceAsync(ImportContext context, CancellationToken cancellationToken)
    {
        var areas = summaries.Values.Select(s => s.AreaCode).ToArray();
        var months = summaries.Values.Select(s => s.Month).ToArray();
        var distinctMonths = months.Distinct().ToArray();
        // Only a revised file has earlier rows to remove; asking the summaries first spares a scan of the facts.
        if (await context.ScalarAsync<bool>("""
            select exists (select 1 from gpad_month_summary s join unnest($1::text[], $2::date[]) as n(area_code, month)
                on n.area_code = s.area_code and n.month = s.month where s.source = $3)
            """, cancellationToken, areas, months, source))
        {
            await DeleteSupersededAsync(context, areas, months, distinctMonths, cancellationToken);
        }
        await context.ExecuteAsync("""
            delete from gpad_month_summary s using unnest($1::text[], $2::date[]) as n(area_code, month)
            where s.source = $3 and s.area_code = n.area_code and s.month = n.month
            """, cancellationToken, areas, months, source);
        await WriteAsync(context, cancellationToken);
        if (source == "practice") await RollUpSubIcbsAsync(context, cancellationToken);
    }

    private Task<int> DeleteSupersededAsync(ImportContext context, string[] areas, DateOnly[] months, DateOnly[] distinctMonths, CancellationToken cancellationToken) =>
        context.ExecuteAsync($"""
            delete from {factTable} d using (
                select s.area_code, s.month from gpad_month_summary s
                join unnest($1::text[], $2::date[]) as n(area_code, month) on n.area_code = s.area_code and n.month = s.month
                where s.source = $3) old
            where d.month = any($4) and d.{factAreaColumn} = old.area_code and d.month = old.month and d.import_run_id <> $5
            """, cancellationToken, areas, months, source, distinctMonths, context.RunId);

    /// <summary>Recomputes the sub-ICB totals of every (sub-ICB, month) the file touched, from all practice rows (not only this file's).</summary>
    private static async Task RollUpSubIcbsAsync(ImportContext context, CancellationToken cancellationToken)
    {
        const string touched = "select distinct sub_icb_code, month from gpad_month_summary where source = 'practice' and import_run_id = $1";
        await context.ExecuteAsync($"""
            delete from gpad_month_summary s using ({touched}) t
            where s.source = 'practice-sub-icb' and s.area_code = t.sub_icb_code and s.month = t.month
            """, cancellationToken, context.RunId);
        await context.ExecuteAsync($"""
            insert into gpad_month_summary (source, area_code, month, sub_icb_code, pcn_code, appointments, by_status, by_hcp_type, by_mode,
                by_time_between, by_national_category, import_run_id)
            select 'practice-sub-icb', s.sub_icb_code, s.month, s.sub_icb_code, null, sum(s.appointments),
                {ArraySum("by_status", GpadCodes.Status.Count)}, {ArraySum("by_hcp_type", GpadCodes.HcpType.Count)},
                {ArraySum("by_mode", GpadCodes.Mode.Count)}, {ArraySum("by_time_between", GpadCodes.TimeBetween.Count)},
                {ArraySum("by_national_category", GpadCodes.NationalCategory.Count)}, $1
            from gpad_month_summary s join ({touched}) t on t.sub_icb_code = s.sub_icb_code and t.month = s.month
            where s.source = 'practice'
            group by s.sub_icb_code, s.month
            """, cancellationToken, context.RunId);
    }

    private static string ArraySum(string column, int count) =>
        "array[" + string.Join(", ", Enumerable.Range(1, count).Select(i => $"sum(s.{column}[{i}])::bigint")) + "]";

    private async Task WriteAsync(ImportContext context, CancellationToken cancellationToken)
    {
        await using var writer = await context.Connection.BeginBinaryImportAsync("""
            copy gpad_month_summary (source, area_code, month, sub_icb_code, pcn_code, appointments, by_status, by_hcp_type,
                by_mode, by_time_between, by_national_category, import_run_id) from stdin (format binary)
            """, cancellationToken);
        foreach (var s in summaries.Values)
        {
            await writer.StartRowAsync(cancellationToken);
            await writer.WriteAsync(source, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(s.AreaCode, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(s.Month, NpgsqlDbType.Date, cancellationToken);
            await writer.WriteAsync(s.SubIcbCode, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(s.PcnCode, NpgsqlDbType.Text, cancellationToken);
            await writer.WriteAsync(s.Appointments, NpgsqlDbType.Bigint, cancellationToken);
            await writer.WriteAsync(s.ByStatus, NpgsqlDbType.Array | NpgsqlDbType.Bigint, cancellationToken);
            await writer.WriteAsync(s.ByHcpType, NpgsqlDbType.Array | NpgsqlDbType.Bigint, cancellationToken);
            await writer.WriteAsync(s.ByMode, NpgsqlDbType.Array | NpgsqlDbType.Bigint, cancellationToken);
            await writer.WriteAsync(s.ByTimeBetween, NpgsqlDbType.Array | NpgsqlDbType.Bigint, cancellationToken);
            await writer.WriteAsync(s.ByNationalCategory, NpgsqlDbType.Array | NpgsqlDbType.Bigint, cancellationToken);
            await writer.WriteAsync(context.RunId, NpgsqlDbType.Bigint, cancellationToken);
        }
        await writer.CompleteAsync(cancellationToken);
    }
}

using Npgsql;

namespace Signpost.Core.Analytics.Imports;

/// <summary>
/// For the smaller practice-level files: rows are copied (binary COPY) into a temporary copy of the table,
/// then replace the rows with the same keys, so that a corrected file overwrites the months it covers.
/// </summary>
public sealed class StagedTable(string table, IReadOnlyList<string> keyColumns, IReadOnlyList<string> columns)
{
    private string Staging => $"staging_{table}";

    public async Task<NpgsqlBinaryImporter> BeginAsync(ImportContext context, CancellationToken cancellationToken)
    {
        await context.ExecuteAsync($"create temporary table {Staging} (like {table} including defaults) on commit drop", cancellationToken);
        return await context.Connection.BeginBinaryImportAsync(
            $"copy {Staging} ({string.Join(", ", columns)}, import_run_id) from stdin (format binary)", cancellationToken);
    }

    public async Task ReplaceAsync(ImportContext context, CancellationToken cancellationToken)
    {
        var match = string.Join(" and ", keyColumns.Select(k => $"t.{k} = s.{k}"));
        await context.ExecuteAsync($"delete from {table} t using {Staging} s where {match}", cancellationToken);
        var list = string.Join(", ", columns) + ", import_run_id";
        await context.ExecuteAsync($"insert into {table} ({list}) select {list} from {Staging}", cancellationToken);
    }
}

using Npgsql;

namespace Signpost.Core.Imports;

/// <summary>
/// Loads rows with binary COPY into a temporary copy of the table, then upserts them by key in one statement,
/// inside the caller's transaction.
/// </summary>
public sealed class BulkUpsert<T>(string table, IReadOnlyList<string> keyColumns, IReadOnlyList<string> columns,
    Action<NpgsqlBinaryImporter, T> writeRow)
{
    public async Task<int> RunAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<T> rows,
        IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var staging = $"staging_{table}";
        await ExecuteAsync(connection, transaction,
            $"create temporary table {staging} (like {table} including defaults) on commit drop", cancellationToken);
        var columnList = string.Join(", ", columns);
        await using (var importer = await connection.BeginBinaryImportAsync(
            $"copy {staging} ({columnList}) from stdin (format binary)", cancellationToken))
        {
            for (var i = 0; i < rows.Count; i++)
            {
                await importer.StartRowAsync(cancellationToken);
                writeRow(importer, rows[i]);
                if (i % 2000 == 0) progress?.Report(i);
            }
            await importer.CompleteAsync(cancellationToken);
        }
        progress?.Report(rows.Count);
        var updates = string.Join(", ", columns.Except(keyColumns).Select(c => $"{c} = excluded.{c}"));
        var sql = $"""
            insert into {table} ({columnList}) select {columnList} from {staging}
            on conflict ({string.Join(", ", keyColumns)}) do update set {updates}
            """;
        return await ExecuteAsync(connection, transaction, sql, cancellationToken);
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

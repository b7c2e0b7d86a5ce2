using Npgsql;

namespace Signpost.Core.Analytics.Imports;

/// <summary>What a loader gets: the open file, the transaction the whole file is written in, and the import run's id.</summary>
public sealed class ImportContext(NpgsqlConnection connection, NpgsqlTransaction transaction, long runId, CsvRecordReader csv, Action reportProgress)
{
    public NpgsqlConnection Connection { get; } = connection;
    public NpgsqlTransaction Transaction { get; } = transaction;
    public long RunId { get; } = runId;
    public CsvRecordReader Csv { get; } = csv;

    /// <summary>Call now and then (every few thousand rows): reports how far through the file the import is.</summary>
    public void ReportProgress() => reportProgress();

    public async Task<T> ScalarAsync<T>(string sql, CancellationToken cancellationToken, params object[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, Connection, Transaction);
        foreach (var p in parameters) command.Parameters.Add(new NpgsqlParameter { Value = p });
        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params object[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, Connection, Transaction);
        foreach (var p in parameters) command.Parameters.Add(new NpgsqlParameter { Value = p });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

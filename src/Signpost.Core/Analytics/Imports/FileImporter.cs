using Npgsql;
using Signpost.Core.Imports;

namespace Signpost.Core.Analytics.Imports;

/// <summary>
/// Runs one file import the same way for every kind: a file imported before (same kind and SHA-256) is
/// skipped; otherwise it is read as a stream and written in one transaction with an import_runs row, so it
/// lands whole or not at all. Two instances importing the same file at once: the second waits on the
/// import_runs unique key and then finds it imported.
/// </summary>
public class FileImporter(NpgsqlDataSource dataSource, TimeProvider clock)
{
    public async Task<FileImportResult> ImportAsync(string kind, string path, Func<ImportContext, CancellationToken, Task<int>> load,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        if (!File.Exists(path)) throw new ImportException(path, null, "there is no such file");
        var fileName = Path.GetFileName(path);
        var sha = await FileHash.Sha256Async(path, cancellationToken);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (await ImportRuns.WasImportedAsync(connection, kind, sha, cancellationToken)) return Skipped(kind, fileName, progress);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        long runId;
        try
        {
            runId = await StartRunAsync(connection, transaction, kind, fileName, sha, cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            return Skipped(kind, fileName, progress);
        }
        using var csv = new CsvStream(path);
        void Report() => progress?.Report(new ImportProgress(fileName, csv.Position, csv.Length));
        var rows = await load(new ImportContext(connection, transaction, runId, csv, Report), cancellationToken);
        if (rows == 0) throw new ImportException(fileName, null, "the file has a header but no rows");
        await using (var finish = new NpgsqlCommand("update import_runs set rows_imported = $1 where id = $2", connection, transaction))
        {
            finish.Parameters.AddWithValue(rows);
            finish.Parameters.AddWithValue(runId);
            await finish.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        progress?.Report(new ImportProgress(fileName, csv.Length, csv.Length));
        return new FileImportResult(kind, fileName, rows, Skipped: false);
    }

    private static FileImportResult Skipped(string kind, string fileName, IProgress<ImportProgress>? progress)
    {
        progress?.Report(new ImportProgress(fileName, 1, 1));
        return new FileImportResult(kind, fileName, 0, Skipped: true);
    }

    private async Task<long> StartRunAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string kind, string fileName, string sha,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            insert into import_runs (kind, file_name, sha256, rows_imported, imported_at) values ($1, $2, $3, 0, $4) returning id
            """, connection, transaction);
        command.Parameters.AddWithValue(kind);
        command.Parameters.AddWithValue(fileName);
        command.Parameters.AddWithValue(sha);
        command.Parameters.AddWithValue(clock.GetUtcNow());
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}

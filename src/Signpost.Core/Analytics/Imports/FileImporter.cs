using Npgsql;
using Signpost.Core.Imports;

namespace Signpost.Core.Analytics.Imports;

/// <summary>
/// Runs one file import the same way for every kind: the file is streamed and written in one transaction with
/// an import_runs row, so it lands whole or not at all; a file imported before (same kind and SHA-256) changes
/// nothing. The hash is computed on another core while the file loads: as soon as it is known to be a repeat the
/// load is abandoned, and at the latest the run row's unique (kind, sha256) key refuses it before commit (which
/// also covers two instances importing the same file at once).
/// </summary>
public class FileImporter(NpgsqlDataSource dataSource, TimeProvider clock)
{
    public async Task<FileImportResult> ImportAsync(string kind, string path, Func<ImportContext, CancellationToken, Task<int>> load,
        IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        if (!File.Exists(path)) throw new ImportException(path, null, "there is no such file");
        var fileName = Path.GetFileName(path);
        using var repeat = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var hashing = HashAndCheckAsync(kind, path, repeat, cancellationToken);
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var runId = await StartRunAsync(connection, transaction, kind, fileName, cancellationToken);
            using var csv = new CsvRecordReader(path);
            void Report() => progress?.Report(new ImportProgress(fileName, csv.Position, csv.Length));
            int rows;
            try
            {
                rows = await load(new ImportContext(connection, transaction, runId, csv, Report), repeat.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or NpgsqlException && repeat.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                return Skipped(kind, fileName, progress);
            }
            var (sha, imported) = await hashing;
            if (imported) return Skipped(kind, fileName, progress);
            if (rows == 0) throw new ImportException(fileName, null, "the file has a header but no rows");
            if (!await FinishRunAsync(connection, transaction, runId, sha, rows, cancellationToken)) return Skipped(kind, fileName, progress);
            await transaction.CommitAsync(cancellationToken);
            progress?.Report(new ImportProgress(fileName, csv.Length, csv.Length));
            return new FileImportResult(kind, fileName, rows, Skipped: false);
        }
        finally
        {
            // Never leave the hash running (or failing unobserved) past the import.
            await hashing.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    private async Task<(string Sha, bool Imported)> HashAndCheckAsync(string kind, string path, CancellationTokenSource repeat, CancellationToken cancellationToken)
    {
        var sha = await Task.Run(() => FileHash.Sha256Async(path, cancellationToken), cancellationToken);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var imported = await ImportRuns.WasImportedAsync(connection, kind, sha, cancellationToken);
        if (imported) await repeat.CancelAsync();
        return (sha, imported);
    }

    private static FileImportResult Skipped(string kind, string fileName, IProgress<ImportProgress>? progress)
    {
        progress?.Report(new ImportProgress(fileName, 1, 1));
        return new FileImportResult(kind, fileName, 0, Skipped: true);
    }

    private async Task<long> StartRunAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string kind, string fileName, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            insert into import_runs (kind, file_name, sha256, rows_imported, imported_at) values ($1, $2, $3, 0, $4) returning id
            """, connection, transaction);
        command.Parameters.AddWithValue(kind);
        command.Parameters.AddWithValue(fileName);
        command.Parameters.AddWithValue("pending-" + Guid.NewGuid().ToString("N"));
        command.Parameters.AddWithValue(clock.GetUtcNow());
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>Gives the run its hash and row count; false when another import of the same file committed first.</summary>
    private static async Task<bool> FinishRunAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long runId, string sha, int rows,
        CancellationToken cancellationToken)
    {
        await using var finish = new NpgsqlCommand("update import_runs set sha256 = $1, rows_imported = $2 where id = $3", connection, transaction);
        finish.Parameters.AddWithValue(sha);
        finish.Parameters.AddWithValue(rows);
        finish.Parameters.AddWithValue(runId);
        try
        {
            await finish.ExecuteNonQueryAsync(cancellationToken);
            return true;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            return false;
        }
    }
}

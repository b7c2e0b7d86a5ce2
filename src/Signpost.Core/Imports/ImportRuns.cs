using Npgsql;

namespace Signpost.Core.Imports;

/// <summary>Records which files were imported whole, so that importing the same file again changes nothing.</summary>
public static class ImportRuns
{
    public static async Task<bool> WasImportedAsync(NpgsqlConnection connection, string kind, string sha256, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("select exists (select 1 from import_runs where kind = $1 and sha256 = $2)", connection);
        command.Parameters.AddWithValue(kind);
        command.Parameters.AddWithValue(sha256);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public static async Task RecordAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string kind, string fileName,
        string sha256, int rows, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "insert into import_runs (kind, file_name, sha256, rows_imported, imported_at) values ($1, $2, $3, $4, $5)",
            connection, transaction);
        command.Parameters.AddWithValue(kind);
        command.Parameters.AddWithValue(fileName);
        command.Parameters.AddWithValue(sha256);
        command.Parameters.AddWithValue(rows);
        command.Parameters.AddWithValue(at);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

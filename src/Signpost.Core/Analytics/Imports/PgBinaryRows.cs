using System.Buffers.Binary;
using Npgsql;

namespace Signpost.Core.Analytics.Imports;

/// <summary>
/// Writes PostgreSQL's binary COPY format straight into a buffer for the one table millions of rows go to
/// (the GPAD practice-level crosstab): per value it costs a few bytes copied, where the general importer costs
/// a type lookup. Completing sends the rows; disposing without completing cancels the COPY.
/// </summary>
public sealed class PgBinaryRows : IAsyncDisposable
{
    private static readonly byte[] Signature = [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0];
    private static readonly int PostgresEpoch = new DateOnly(2000, 1, 1).DayNumber;
    private const int FlushAt = 60 * 1024;

    private readonly NpgsqlRawCopyStream stream;
    private readonly byte[] buffer = new byte[64 * 1024];
    private int used;
    private bool completed;

    private PgBinaryRows(NpgsqlRawCopyStream stream) => this.stream = stream;

    public static async Task<PgBinaryRows> BeginAsync(NpgsqlConnection connection, string copyFromStdinBinary, CancellationToken cancellationToken)
    {
        var rows = new PgBinaryRows(await connection.BeginRawBinaryCopyAsync(copyFromStdinBinary, cancellationToken));
        rows.Put(Signature);
        rows.Int32(0); // flags
        rows.Int32(0); // header extension length
        return rows;
    }

    public void StartRow(short fields) => Int16(fields);

    public void Date(DateOnly value)
    {
        Int32(4);
        Int32(value.DayNumber - PostgresEpoch);
    }

    public void Smallint(short value)
    {
        Int32(2);
        Int16(value);
    }

    public void Integer(int value)
    {
        Int32(4);
        Int32(value);
    }

    public void Bigint(long value)
    {
        Int32(8);
        BinaryPrimitives.WriteInt64BigEndian(buffer.AsSpan(used), value);
        used += 8;
    }

    /// <summary>Text already encoded as UTF-8 (callers keep the bytes of values that repeat).</summary>
    public void Text(byte[] utf8)
    {
        Int32(utf8.Length);
        Put(utf8);
    }

    /// <summary>Sends the buffer when it is nearly full; call once per row.</summary>
    public ValueTask FlushIfFullAsync(CancellationToken cancellationToken) =>
        used >= FlushAt ? FlushAsync(cancellationToken) : ValueTask.CompletedTask;

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        Int16(-1);
        await FlushAsync(cancellationToken);
        completed = true;
        await stream.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!completed) await stream.CancelAsync();
        await stream.DisposeAsync();
    }

    private async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        await stream.WriteAsync(buffer.AsMemory(0, used), cancellationToken);
        used = 0;
    }

    private void Int16(short value)
    {
        BinaryPrimitives.WriteInt16BigEndian(buffer.AsSpan(used), value);
        used += 2;
    }

    private void Int32(int value)
    {
        BinaryPrimitives.WriteInt32BigEndian(buffer.AsSpan(used), value);
        used += 4;
    }

    private void Put(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(buffer.AsSpan(used));
        used += bytes.Length;
    }
}

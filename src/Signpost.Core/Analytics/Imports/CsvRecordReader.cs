using System.Text;
using Signpost.Core.Imports;

namespace Signpost.Core.Analytics.Imports;

/// <summary>
/// Reads a CSV file one record at a time (RFC 4180 quoting, a record may span lines), without holding the
/// file in memory, so that national files of millions of rows stream straight into COPY. Fields are spans
/// over a reused buffer: valid until the next <see cref="Read"/>.
/// </summary>
public sealed class CsvRecordReader : IDisposable
{
    private readonly FileStream stream;
    private readonly StreamReader reader;
    private readonly List<(int Start, int Length)> fields = new(32);
    private char[] work = new char[1024];
    private int nextLine = 1;

    public CsvRecordReader(string path)
    {
        FileName = Path.GetFileName(path);
        stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        Length = stream.Length;
    }

    public string FileName { get; }
    public long Length { get; }
    public long Position => stream.Position;

    /// <summary>The line the current record starts on (the header is line 1).</summary>
    public int Line { get; private set; }

    public int FieldCount => fields.Count;

    public ReadOnlySpan<char> this[int index] =>
        index < fields.Count ? work.AsSpan(fields[index].Start, fields[index].Length) : [];

    public string Text(int index) => new(this[index].Trim());

    /// <summary>Moves to the next record that is not blank; false at the end of the file.</summary>
    public bool Read()
    {
        while (true)
        {
            var text = reader.ReadLine();
            if (text is null) return false;
            Line = nextLine++;
            Split(text);
            if (fields.Count > 1 || this[0].Trim().Length > 0) return true;
        }
    }

    public ImportException Problem(string problem) => new(FileName, Line, problem);

    private void Split(string text)
    {
        fields.Clear();
        var length = 0;
        var start = 0;
        var quoted = false;
        var line = text.AsSpan();
        while (true)
        {
            if (line.IsEmpty)
            {
                if (!quoted) break;
                // A quoted field runs on to the next line.
                var more = reader.ReadLine() ?? throw new ImportException(FileName, Line, "a quoted field is not closed (check its quotes)");
                nextLine++;
                Append("\n", ref length);
                line = more.AsSpan();
                continue;
            }
            var stop = quoted ? line.IndexOf('"') : line.IndexOfAny(',', '"');
            if (stop < 0)
            {
                Append(line, ref length);
                line = [];
                continue;
            }
            Append(line[..stop], ref length);
            var c = line[stop];
            line = line[(stop + 1)..];
            if (quoted)
            {
                if (!line.IsEmpty && line[0] == '"') { Append("\"", ref length); line = line[1..]; }
                else quoted = false;
            }
            else if (c == ',') { fields.Add((start, length - start)); start = length; }
            else if (length == start) quoted = true;
            else Append("\"", ref length);
        }
        fields.Add((start, length - start));
    }

    private void Append(ReadOnlySpan<char> text, ref int length)
    {
        if (length + text.Length > work.Length) Array.Resize(ref work, Math.Max(work.Length * 2, length + text.Length));
        text.CopyTo(work.AsSpan(length));
        length += text.Length;
    }

    public void Dispose()
    {
        reader.Dispose();
        stream.Dispose();
    }
}

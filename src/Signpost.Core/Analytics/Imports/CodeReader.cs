using Signpost.Core.Analytics.Gpad;

namespace Signpost.Core.Analytics.Imports;

/// <summary>
/// Reads one GPAD dimension column of a streaming import, remembering the last value so that runs of equal
/// values (national files are sorted) skip the lookup. One per column per import: not shared between threads.
/// </summary>
public sealed class CodeReader(GpadDimension dimension, int column)
{
    private string last = "\0";
    private short lastCode;

    public short Read(CsvRecordReader csv)
    {
        var text = csv[column].Trim();
        if (text.SequenceEqual(last)) return lastCode;
        if (!dimension.TryCode(text, out lastCode)) throw csv.Problem(dimension.UnknownMessage(text));
        last = new string(text);
        return lastCode;
    }
}

namespace Signpost.Core.Analytics.Imports;

/// <summary>
/// Turns a field into a string, reusing the last one when the value repeats (national files list a practice's
/// rows together), so that millions of rows do not allocate millions of identical strings.
/// </summary>
public sealed class RepeatedText
{
    private string last = "";

    public string Get(ReadOnlySpan<char> value)
    {
        var trimmed = value.Trim();
        if (!trimmed.SequenceEqual(last)) last = new string(trimmed);
        return last;
    }
}

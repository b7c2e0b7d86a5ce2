namespace Signpost.Core.Analytics.Gpad;

/// <summary>
/// One GPAD dimension (status, HCP type, mode, booking gap, national category) and its published values, in
/// the order their small integer codes (0, 1, 2, …) are stored. A value not in the list is reported, never guessed.
/// </summary>
public sealed class GpadDimension
{
    private readonly Dictionary<string, short>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public GpadDimension(string column, string description, IReadOnlyList<string> values)
    {
        Column = column;
        Description = description;
        Values = values;
        var codes = new Dictionary<string, short>(StringComparer.Ordinal);
        for (short i = 0; i < values.Count; i++) codes[values[i]] = i;
        lookup = codes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The CSV column that holds it, e.g. APPT_MODE.</summary>
    public string Column { get; }

    /// <summary>Words for messages, e.g. "appointment mode".</summary>
    public string Description { get; }

    public IReadOnlyList<string> Values { get; }

    public int Count => Values.Count;

    public bool TryCode(ReadOnlySpan<char> value, out short code) => lookup.TryGetValue(value, out code);

    public string Name(int code) => Values[code];

    public string UnknownMessage(ReadOnlySpan<char> value) =>
        $"{Column} \"{value}\" is not a known GPAD {Description} (known: {string.Join(", ", Values.Select(v => $"\"{v}\""))})";
}

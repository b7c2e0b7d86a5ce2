namespace Signpost.Core.Translation.Exchange;

/// <summary>One gettext PO entry: comments, flags, optional context, the English (msgid) and the translation (msgstr).</summary>
public sealed class PoEntry
{
    public List<string> TranslatorComments { get; } = [];
    public List<string> ExtractedComments { get; } = [];
    public List<string> Flags { get; } = [];
    public string? Context { get; set; }
    public string Id { get; set; } = "";
    public string Str { get; set; } = "";
    public int Line { get; set; }

    public bool HasFlag(string flag) => Flags.Contains(flag, StringComparer.Ordinal);

    /// <summary>The value of a "name: value" comment, translator (#) or extracted (#.).</summary>
    public string? Comment(string name) =>
        TranslatorComments.Concat(ExtractedComments).Select(c => c.Trim())
            .Where(c => c.StartsWith(name + ":", StringComparison.Ordinal)).Select(c => c[(name.Length + 1)..].Trim()).FirstOrDefault();
}

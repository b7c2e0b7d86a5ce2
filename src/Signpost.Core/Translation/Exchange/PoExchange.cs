namespace Signpost.Core.Translation.Exchange;

/// <summary>
/// Exchange entries as gettext PO: msgctxt is the unit key, msgid the English, msgstr the translation. The state
/// travels in a translator comment (<c># signpost-state: reviewed</c>) and machine or stale text is also flagged
/// <c>fuzzy</c>, which tools show as "needs editing". A tool that clears <c>fuzzy</c> marks the text reviewed.
/// </summary>
public static class PoExchange
{
    public static void Write(TextWriter writer, string language, IEnumerable<ExchangeEntry> entries)
    {
        var header = new PoEntry { Id = "", Str = $"Language: {language}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Generator: Signpost\n" };
        PoFile.Write(writer, entries.Select(ToPo).Prepend(header));
    }

    public static (string? Language, List<ExchangeEntry> Entries) Read(TextReader reader, string fileName)
    {
        var all = PoFile.Read(reader, fileName);
        var language = all.FirstOrDefault(e => e.Id.Length == 0)?.Str.Split('\n')
            .Where(l => l.StartsWith("Language:", StringComparison.Ordinal)).Select(l => l[9..].Trim()).FirstOrDefault();
        var entries = all.Where(e => e.Id.Length > 0).Select(e =>
        {
            if (e.Context is null) throw new TranslationException($"{fileName} line {e.Line}: the entry has no msgctxt (the Signpost unit key).");
            var stale = e.Comment("signpost-translated-hash");
            return new ExchangeEntry(e.Context, e.Comment("kind") ?? UnitKind.Ui, e.Id, e.HasFlag("safety-critical"), e.Comment("context"),
                e.Str.Length == 0 ? null : e.Str, e.Str.Length == 0 ? null : StateOf(e, stale is not null), stale);
        }).ToList();
        return (language, entries);
    }

    // Stale text is flagged fuzzy because it is stale, so its declared state stands. Otherwise fuzzy means machine,
    // and a machine entry whose fuzzy flag a tool cleared was edited or accepted by a person: reviewed.
    private static string StateOf(PoEntry e, bool stale)
    {
        var declared = e.Comment("signpost-state");
        if (stale) return TranslationState.IsValid(declared) ? declared! : TranslationState.Machine;
        if (e.HasFlag("fuzzy")) return TranslationState.Machine;
        return declared is TranslationState.Reviewed or TranslationState.Approved ? declared : TranslationState.Reviewed;
    }

    private static PoEntry ToPo(ExchangeEntry e)
    {
        var po = new PoEntry { Context = e.Key, Id = e.English, Str = e.Text ?? "" };
        po.ExtractedComments.Add("kind: " + e.Kind);
        if (e.Context is not null) po.ExtractedComments.Add("context: " + e.Context.ReplaceLineEndings(" "));
        if (e.State is not null) po.TranslatorComments.Add("signpost-state: " + e.State);
        if (e.Stale) po.TranslatorComments.Add("signpost-translated-hash: " + e.TranslatedHash);
        if (e.State == TranslationState.Machine || e.Stale) po.Flags.Add("fuzzy");
        if (e.SafetyCritical) po.Flags.Add("safety-critical");
        return po;
    }
}

using System.Xml;
using System.Xml.Linq;

namespace Signpost.Core.Translation.Exchange;

/// <summary>
/// Exchange entries as XLIFF 1.2: one trans-unit per unit (id = key), target state
/// <c>needs-review-translation</c> (machine, with state-qualifier <c>mt-suggestion</c>), <c>translated</c>
/// (reviewed) or <c>signed-off</c> (approved); Signpost's own facts in attributes of its own namespace.
/// </summary>
public static class XliffExchange
{
    private static readonly XNamespace X = "urn:oasis:names:tc:xliff:document:1.2";
    private static readonly XNamespace Sp = "urn:signpost:translation";

    public static void Write(TextWriter writer, string language, IEnumerable<ExchangeEntry> entries)
    {
        var body = new XElement(X + "body", entries.Select(ToUnit));
        var document = new XDocument(new XElement(X + "xliff", new XAttribute("version", "1.2"), new XAttribute(XNamespace.Xmlns + "sp", Sp),
            new XElement(X + "file", new XAttribute("original", "signpost"), new XAttribute("source-language", "en"),
                new XAttribute("target-language", language), new XAttribute("datatype", "plaintext"), body)));
        using var xml = XmlWriter.Create(writer, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false, NewLineChars = "\n" });
        document.Save(xml);
    }

    public static (string? Language, List<ExchangeEntry> Entries) Read(TextReader reader, string fileName)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(reader, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            throw new TranslationException($"{fileName} line {e.LineNumber}: not valid XML ({e.Message}).");
        }
        var file = document.Root?.Element(X + "file") ?? throw new TranslationException($"{fileName}: not an XLIFF 1.2 file (no xliff/file element).");
        var entries = file.Descendants(X + "trans-unit").Select(u =>
        {
            var target = u.Element(X + "target");
            var text = target?.Value is { Length: > 0 } t ? t : null;
            return new ExchangeEntry(
                (string?)u.Attribute("id") ?? throw new TranslationException($"{fileName}: a trans-unit has no id."),
                (string?)u.Attribute(Sp + "kind") ?? UnitKind.Ui, u.Element(X + "source")?.Value ?? "",
                (string?)u.Attribute(Sp + "safety-critical") == "yes", u.Elements(X + "note").Select(n => n.Value).FirstOrDefault(),
                text, text is null ? null : StateOf((string?)target!.Attribute("state")), (string?)u.Attribute(Sp + "translated-hash"));
        }).ToList();
        return ((string?)file.Attribute("target-language"), entries);
    }

    private static string StateOf(string? state) => state switch
    {
        "needs-review-translation" or "needs-translation" or "needs-adaptation" or "needs-l10n" or "new" => TranslationState.Machine,
        "signed-off" or "final" => TranslationState.Approved,
        _ => TranslationState.Reviewed,
    };

    private static XElement ToUnit(ExchangeEntry e)
    {
        var unit = new XElement(X + "trans-unit", new XAttribute("id", e.Key), new XAttribute(XNamespace.Xml + "space", "preserve"),
            new XAttribute(Sp + "kind", e.Kind), new XElement(X + "source", e.English));
        if (e.SafetyCritical) unit.Add(new XAttribute(Sp + "safety-critical", "yes"));
        if (e.Stale) unit.Add(new XAttribute(Sp + "translated-hash", e.TranslatedHash!));
        if (e.Text is not null)
        {
            var target = new XElement(X + "target", new XAttribute("state", e.State switch
            {
                TranslationState.Approved => "signed-off",
                TranslationState.Reviewed => "translated",
                _ => "needs-review-translation",
            }), e.Text);
            if (e.State == TranslationState.Machine) target.Add(new XAttribute("state-qualifier", "mt-suggestion"));
            unit.Add(target);
        }
        if (e.Context is not null) unit.Add(new XElement(X + "note", e.Context));
        return unit;
    }
}

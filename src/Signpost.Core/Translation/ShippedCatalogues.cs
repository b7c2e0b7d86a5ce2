using Signpost.Core.Languages;
using Signpost.Core.Translation.Exchange;

namespace Signpost.Core.Translation;

/// <summary>
/// The translation files shipped in data/translations: signpost.pot (every UI string and advice unit the pages
/// use; a UI string's key is the hash of its English, other units carry their key in msgctxt) and one
/// &lt;language&gt;.po of machine-state drafts per shipped language.
/// </summary>
public static class ShippedCatalogues
{
    private const string Prefix = "Signpost.Translations.";
    public const string ProducedBy = "catalogue:machine-draft";

    public static IReadOnlyList<UnitSource> Template()
    {
        using var reader = EmbeddedData.Open(Prefix + "signpost.pot");
        return PoFile.Read(reader, "signpost.pot").Select(ToUnit).ToList();
    }

    /// <summary>The keys of the UI strings in the template: the set a language's UI status is measured over.</summary>
    public static IReadOnlySet<string> UiKeys() => Template().Where(u => u.Kind == UnitKind.Ui).Select(u => u.Key).ToHashSet(StringComparer.Ordinal);

    public static IReadOnlyList<string> Languages() =>
        EmbeddedData.Names(Prefix).Where(n => n.EndsWith(".po", StringComparison.Ordinal)).Select(n => n[Prefix.Length..^3]).ToList();

    public static IReadOnlyList<PoEntry> Catalogue(string language)
    {
        using var reader = EmbeddedData.Open(Prefix + language + ".po");
        return PoFile.Read(reader, language + ".po").Where(e => e.Id.Length > 0).ToList();
    }

    public static string KeyOf(PoEntry entry) => entry.Context ?? SourceHash.UiKey(entry.Id);

    private static UnitSource ToUnit(PoEntry entry) =>
        new(KeyOf(entry), entry.Comment("kind") ?? (entry.Context is null ? UnitKind.Ui : UnitKind.Advice), entry.Id,
            entry.HasFlag("safety-critical"), entry.Comment("context"));
}

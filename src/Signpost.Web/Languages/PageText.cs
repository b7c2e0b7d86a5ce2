using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Signpost.Core.Languages;
using Signpost.Core.Translation;

namespace Signpost.Web.Languages;

/// <summary>
/// Translates what a page shows (injected into every view as <c>T</c>; see docs/language.md). Falls back to the
/// English, marked <c>lang="en"</c>, when there is no current translation, and to the English for a
/// safety-critical unit until its translation is approved. Records what it did so the layout can say so.
/// </summary>
public sealed class PageText(IHttpContextAccessor accessor, PendingUnits registrations)
{
    private RequestLanguage? request;

    public RequestLanguage Request => request ??= accessor.HttpContext?.Features.Get<RequestLanguage>()
        ?? new RequestLanguage(LanguageCatalogue.Default.English, RequestLanguage.CultureFor(LanguageCatalogue.Default.English), LanguageSnapshot.Empty("en", DateTimeOffset.MinValue));

    public Language Language => Request.Language;

    /// <summary>Some text on the page is machine-translated or reviewed but not approved.</summary>
    public bool UsedUnchecked { get; private set; }

    /// <summary>Some text on the page is in English because no current (or, if safety-critical, approved) translation exists.</summary>
    public bool UsedEnglish { get; private set; }

    /// <summary>A UI string, keyed by the hash of its English.</summary>
    public IHtmlContent this[string english] => Inline(UnitSource.Ui(english));

    /// <summary>Safety-critical UI text (emergency and red-flag advice): translated only when approved.</summary>
    public IHtmlContent SafetyCritical(string english) => Inline(UnitSource.Ui(english, safetyCritical: true));

    /// <summary>A UI string as plain text, for a title or an attribute (English when untranslated).</summary>
    public string Plain(string english, bool safetyCritical = false) => Resolve(UnitSource.Ui(english, safetyCritical)).Text;

    /// <summary>A content unit (a directory field) as plain text, for a title, an option or an attribute.</summary>
    public string Plain(UnitSource unit) => Resolve(unit).Text;

    /// <summary>A content unit inline, without the per-block label (the page's language notice covers it).</summary>
    public IHtmlContent Text(UnitSource unit) => Inline(unit);

    /// <summary>
    /// A UI string with values in its <c>{0}</c>, <c>{1}</c>… places, formatted in the request's culture. Values are
    /// HTML-encoded unless they are already HTML (<see cref="IHtmlContent"/>, such as another translated string).
    /// A translation whose places do not fit the values falls back to the English.
    /// </summary>
    public IHtmlContent Format(string english, params object?[] values) => Format(UnitSource.Ui(english), values);

    /// <summary>Like <see cref="Format(string, object?[])"/> as plain text, for an option, a title or an attribute.</summary>
    public string FormatPlain(string english, params object?[] values)
    {
        var (text, translated, _) = Resolve(UnitSource.Ui(english));
        var strings = values.Select(v => v is IFormattable f ? f.ToString(null, Request.Culture) : v?.ToString() ?? "").ToArray();
        try
        {
            return string.Format(Request.Culture, text, strings);
        }
        catch (FormatException) when (translated)
        {
            UsedEnglish = true;
            return string.Format(Request.Culture, english, strings);
        }
    }

    /// <summary>Safety-critical text with values (such as a <c>tel:</c> link) in its places: translated only when approved.</summary>
    public IHtmlContent SafetyCritical(string english, params object?[] values) => Format(UnitSource.Ui(english, safetyCritical: true), values);

    private HtmlString Format(UnitSource unit, object?[] values)
    {
        var english = unit.English;
        var (text, translated, _) = Resolve(unit);
        var encoded = values.Select(v => (object)Encode(v)).ToArray();
        if (!TryFormat(text, encoded, translated && Language.IsRightToLeft, out var html) && translated)
        {
            (translated, UsedEnglish) = (false, true);
            TryFormat(english, encoded, false, out html);
        }
        return new HtmlString(translated || Request.IsEnglish ? html : $"<span lang=\"en\" dir=\"ltr\">{html}</span>");
    }

    /// <summary>
    /// A message composed by a feature's code (a validation message), translated as a UI string in other languages.
    /// English readers get it as it is, so staff pages never register their messages for translation.
    /// </summary>
    public IHtmlContent Message(string english) => Request.IsEnglish ? new HtmlString(HtmlEncoder.Default.Encode(english)) : this[english];

    /// <summary>Text that has no translation unit (composed at run time), shown in English and marked as such.</summary>
    public IHtmlContent English(string text)
    {
        if (Request.IsEnglish) return new HtmlString(HtmlEncoder.Default.Encode(text));
        UsedEnglish = true;
        return new HtmlString($"<span lang=\"en\" dir=\"ltr\">{HtmlEncoder.Default.Encode(text)}</span>");
    }

    /// <summary>
    /// A block of content (a directory field, advice) under a stable key, with the "automatically translated,
    /// not yet checked" label and a link to the English when its translation is machine or reviewed.
    /// </summary>
    /// <param name="englishHtml">How to show the English when there is no translation (for example with key terms linked).</param>
    public IHtmlContent Block(UnitSource unit, string element = "div", string? cssClass = null, IHtmlContent? englishHtml = null)
    {
        var (text, translated, state) = Resolve(unit);
        var html = new HtmlContentBuilder();
        var classAttribute = cssClass is null ? "" : $" class=\"{HtmlEncoder.Default.Encode(cssClass)}\"";
        html.AppendHtml($"<{element}{classAttribute}{LangAttributes(translated)}>");
        if (!translated && englishHtml is not null) html.AppendHtml(englishHtml);
        else html.AppendHtml(translated ? BidiText.Encode(text, Language.IsRightToLeft) : HtmlEncoder.Default.Encode(text));
        html.AppendHtml($"</{element}>");
        if (translated && state != TranslationState.Approved)
        {
            html.AppendHtml("<p class=\"nhsuk-body-s signpost-translation-label\">")
                .AppendHtml(this["Automatically translated, not yet checked."]).AppendHtml(" <a hreflang=\"en\" href=\"")
                .Append(UrlIn(LanguageCatalogue.EnglishCode)).AppendHtml("\">").AppendHtml(this["Read this in English"]).AppendHtml("</a></p>");
        }
        return html;
    }

    /// <summary>A UI paragraph, labelled like a <see cref="Block"/> when its translation is not yet approved.</summary>
    public IHtmlContent Paragraph(string english, string? cssClass = null) => Block(UnitSource.Ui(english), "p", cssClass);

    /// <summary>This page's address in another language (<c>?lang=</c> added, other query values kept).</summary>
    public string UrlIn(string languageCode)
    {
        var http = accessor.HttpContext?.Request;
        if (http is null) return "/?lang=" + languageCode;
        var query = http.Query.Where(q => q.Key != RequestLanguageMiddleware.QueryName)
            .SelectMany(q => q.Value.Select(v => Uri.EscapeDataString(q.Key) + "=" + Uri.EscapeDataString(v ?? "")))
            .Append(RequestLanguageMiddleware.QueryName + "=" + Uri.EscapeDataString(languageCode));
        return http.PathBase + http.Path + "?" + string.Join("&", query);
    }

    private HtmlString Inline(UnitSource unit)
    {
        var (text, translated, _) = Resolve(unit);
        if (translated) return new HtmlString(BidiText.Encode(text, Language.IsRightToLeft));
        var encoded = HtmlEncoder.Default.Encode(text);
        return new HtmlString(Request.IsEnglish ? encoded : $"<span lang=\"en\" dir=\"ltr\">{encoded}</span>");
    }

    private (string Text, bool Translated, string? State) Resolve(UnitSource unit)
    {
        var snapshot = Request.Snapshot;
        if (!snapshot.KnownKeys.Contains(unit.Key) && snapshot.LoadedAt != DateTimeOffset.MinValue) registrations.Enqueue(unit);
        if (Request.IsEnglish) return (unit.English, false, null);
        if (snapshot.ByKey.TryGetValue(unit.Key, out var found) && (found.Showable && !unit.SafetyCritical || found.State == TranslationState.Approved)
            && TranslatesThisEnglish(unit, found))
        {
            if (found.State != TranslationState.Approved) UsedUnchecked = true;
            return (found.Text, true, found.State);
        }
        UsedEnglish = true;
        return (unit.English, false, null);
    }

    // A UI key is the hash of its English, so only content units (keyed by record) can carry older English.
    // Such a unit is registered again, which makes its translations stale for every page and translator.
    private bool TranslatesThisEnglish(UnitSource unit, CachedTranslation found)
    {
        if (unit.Kind == UnitKind.Ui || found.SourceHash is null || found.SourceHash == SourceHash.Of(unit.English)) return true;
        registrations.Enqueue(unit);
        return false;
    }

    private string Encode(object? value) => value switch
    {
        null => "",
        IHtmlContent html => ToHtml(html),
        IFormattable formattable => HtmlEncoder.Default.Encode(formattable.ToString(null, Request.Culture)),
        _ => HtmlEncoder.Default.Encode(value.ToString() ?? ""),
    };

    private static string ToHtml(IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }

    private bool TryFormat(string template, object[] values, bool rightToLeft, out string html)
    {
        try
        {
            html = string.Format(Request.Culture, BidiText.Encode(template, rightToLeft), values);
            return true;
        }
        catch (FormatException)
        {
            html = "";
            return false;
        }
    }

    private string LangAttributes(bool translated) => translated ? "" : Request.IsEnglish ? "" : " lang=\"en\" dir=\"ltr\"";
}

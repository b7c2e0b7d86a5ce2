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
    public string Plain(string english) => Resolve(UnitSource.Ui(english)).Text;

    /// <summary>
    /// A block of content (a directory field, advice) under a stable key, with the "automatically translated,
    /// not yet checked" label and a link to the English when its translation is machine or reviewed.
    /// </summary>
    public IHtmlContent Block(UnitSource unit, string element = "div", string? cssClass = null)
    {
        var (text, translated, state) = Resolve(unit);
        var html = new HtmlContentBuilder();
        var classAttribute = cssClass is null ? "" : $" class=\"{HtmlEncoder.Default.Encode(cssClass)}\"";
        html.AppendHtml($"<{element}{classAttribute}{LangAttributes(translated)}>").Append(text).AppendHtml($"</{element}>");
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
        var encoded = HtmlEncoder.Default.Encode(text);
        return new HtmlString(translated || Request.IsEnglish ? encoded : $"<span lang=\"en\" dir=\"ltr\">{encoded}</span>");
    }

    private (string Text, bool Translated, string? State) Resolve(UnitSource unit)
    {
        var snapshot = Request.Snapshot;
        if (!snapshot.KnownKeys.Contains(unit.Key) && snapshot.LoadedAt != DateTimeOffset.MinValue) registrations.Enqueue(unit);
        if (Request.IsEnglish) return (unit.English, false, null);
        if (snapshot.ByKey.TryGetValue(unit.Key, out var found) && (found.Showable && !unit.SafetyCritical || found.State == TranslationState.Approved))
        {
            if (found.State != TranslationState.Approved) UsedUnchecked = true;
            return (found.Text, true, found.State);
        }
        UsedEnglish = true;
        return (unit.English, false, null);
    }

    private string LangAttributes(bool translated) => translated ? "" : Request.IsEnglish ? "" : " lang=\"en\" dir=\"ltr\"";
}

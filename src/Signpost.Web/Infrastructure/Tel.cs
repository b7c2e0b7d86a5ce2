using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Signpost.Web.Infrastructure;

/// <summary>A phone number as a <c>tel:</c> link, to put into a translated sentence in place of its <c>{0}</c>.</summary>
public static class Tel
{
    public static IHtmlContent Link(string number) =>
        new HtmlString($"<a dir=\"ltr\" href=\"tel:{HtmlEncoder.Default.Encode(number.Replace(" ", "", StringComparison.Ordinal))}\">{HtmlEncoder.Default.Encode(number)}</a>");
}

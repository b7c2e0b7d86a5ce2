using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;

namespace Signpost.Web.Languages;

/// <summary>
/// HTML-encodes translated text for a right-to-left page. There, the Unicode bidirectional algorithm shows a run of
/// numbers separated by spaces in reverse order (the phone number "01582 700 000" as "000 700 01582", the date
/// "15 3 1984" as "1984 3 15"), so each such run is isolated left to right.
/// </summary>
public static partial class BidiText
{
    public static string Encode(string text, bool rightToLeft)
    {
        if (!rightToLeft) return HtmlEncoder.Default.Encode(text);
        var html = new StringBuilder();
        var at = 0;
        foreach (Match run in NumberRun().Matches(text))
        {
            html.Append(HtmlEncoder.Default.Encode(text[at..run.Index]))
                .Append("<span dir=\"ltr\">").Append(HtmlEncoder.Default.Encode(run.Value)).Append("</span>");
            at = run.Index + run.Length;
        }
        return html.Append(HtmlEncoder.Default.Encode(text[at..])).ToString();
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])\+?\d+(?:[ \u00A0]\d+)+(?![\p{L}\p{N}])")]
    private static partial Regex NumberRun();
}

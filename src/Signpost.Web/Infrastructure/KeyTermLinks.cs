using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Data;

namespace Signpost.Web.Infrastructure;

/// <summary>
/// Links the first mention of each "Key terms" entry in a piece of text to its definition on /key-terms. The text
/// is HTML-encoded; only the links are markup.
/// </summary>
public class KeyTermLinks(SignpostDb db)
{
    private List<(Regex Pattern, string Slug)>? phrases;

    public async Task<IHtmlContent> LinkAsync(string? text, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(text)) return HtmlString.Empty;
        phrases ??= await LoadAsync(cancellationToken);
        var matches = new List<(int Index, int Length, string Slug)>();
        var linked = new HashSet<string>();
        foreach (var (pattern, slug) in phrases)
        {
            if (linked.Contains(slug)) continue;
            var match = pattern.Matches(text).FirstOrDefault(m => !matches.Any(x => m.Index < x.Index + x.Length && x.Index < m.Index + m.Length));
            if (match is null) continue;
            matches.Add((match.Index, match.Length, slug));
            linked.Add(slug);
        }
        var html = new StringBuilder();
        var at = 0;
        foreach (var (index, length, slug) in matches.OrderBy(m => m.Index))
        {
            html.Append(HtmlEncoder.Default.Encode(text[at..index]));
            html.Append("<a href=\"/key-terms#").Append(slug).Append("\" class=\"signpost-key-term\">").Append(HtmlEncoder.Default.Encode(text.Substring(index, length))).Append("</a>");
            at = index + length;
        }
        html.Append(HtmlEncoder.Default.Encode(text[at..]));
        return new HtmlString(html.ToString());
    }

    private async Task<List<(Regex, string)>> LoadAsync(CancellationToken cancellationToken)
    {
        var terms = await db.KeyTerms.AsNoTracking().ToListAsync(cancellationToken);
        return terms
            .SelectMany(t => t.Aliases.Append(Regex.Replace(t.Term, @"\s*\(.*\)$", "")).Select(p => (Phrase: p, t.Slug)))
            .OrderByDescending(p => p.Phrase.Length)
            .Select(p => (new Regex($@"(?<![\w-]){Regex.Escape(p.Phrase)}(?![\w-])", IsAcronym(p.Phrase) ? RegexOptions.None : RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), p.Slug))
            .ToList();
    }

    // "GP", "PCN", "A&E" must match as written, so that "gp" inside a web address or word is not linked.
    private static bool IsAcronym(string phrase) => phrase.Length <= 4 && phrase.Any(char.IsUpper) && !phrase.Any(char.IsLower);
}

namespace Signpost.Core.ServiceDirectory.Search;

/// <summary>
/// The filter keys a search asks for, as the lexemes directory_search_entries.search_vector holds: lang_&lt;code&gt;,
/// term_&lt;uuid without dashes&gt;, access_&lt;facility&gt;. Anything but a-z and 0-9 becomes "_", so input can
/// never change a query's shape.
/// </summary>
public static class SearchKeys
{
    public static IEnumerable<string> For(DirectorySearchOptions options)
    {
        if (options.Language is { } language) yield return Lexeme("lang_" + language);
        if (options.TermId is { } term) yield return Lexeme("term_" + term.ToString("N"));
        foreach (var access in options.Accessibility) yield return Lexeme("access_" + access);
    }

    public static string Lexeme(string key) =>
        new(key.ToLowerInvariant().Select(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : '_').ToArray());
}

using System.Collections.Concurrent;
using Npgsql;

namespace Signpost.Core.ServiceDirectory.Search.Memory;

/// <summary>
/// What PostgreSQL makes of the words typed (<c>websearch_to_tsquery('english', …)</c>: stemmed, stop words dropped),
/// asked once per distinct text and remembered, so the in-memory search matches exactly what the SQL search matches.
/// (The text form doubles quotes and backslashes inside a lexeme.) Only a plain AND of words can be answered in memory; quoted phrases, "or" and "-word" give null (use SQL).
/// </summary>
public sealed class TextLexemes(NpgsqlDataSource dataSource)
{
    private const int MaxRemembered = 20_000;
    private readonly ConcurrentDictionary<string, string[]?> remembered = new(StringComparer.Ordinal);

    public async ValueTask<string[]?> GetAsync(string text, CancellationToken cancellationToken)
    {
        if (remembered.TryGetValue(text, out var known)) return known;
        await using var command = dataSource.CreateCommand("select websearch_to_tsquery('english', $1)::text");
        command.Parameters.AddWithValue(text);
        var query = (string?)await command.ExecuteScalarAsync(cancellationToken) ?? "";
        var lexemes = Parse(query);
        if (remembered.Count >= MaxRemembered) remembered.Clear();
        remembered[text] = lexemes;
        return lexemes;
    }

    /// <summary><c>'blood' &amp; 'test'</c> → [blood, test]; an empty query → []; anything but lexemes joined by &amp; → null.</summary>
    public static string[]? Parse(string query)
    {
        var lexemes = new List<string>();
        var i = 0;
        while (i < query.Length)
        {
            if (lexemes.Count > 0)
            {
                if (string.CompareOrdinal(query, i, " & ", 0, 3) != 0) return null;
                i += 3;
            }
            if (i >= query.Length || query[i] != '\'') return null;
            var word = new System.Text.StringBuilder();
            for (i++; ; i++)
            {
                if (i >= query.Length) return null;
                if (query[i] == '\\' && i + 1 < query.Length) { word.Append(query[++i]); continue; }
                if (query[i] != '\'') { word.Append(query[i]); continue; }
                if (i + 1 < query.Length && query[i + 1] == '\'') { word.Append('\''); i++; continue; }
                i++;
                break;
            }
            lexemes.Add(word.ToString());
        }
        return lexemes.Distinct(StringComparer.Ordinal).ToArray();
    }
}

using System.Text;

namespace Signpost.Core.Translation.Exchange;

/// <summary>
/// Reads and writes gettext PO files (the subset translation tools exchange: comments, flags, msgctxt, msgid,
/// msgstr, continued strings, C escapes). Plural forms are not used by Signpost and are refused on reading.
/// </summary>
public static class PoFile
{
    public static List<PoEntry> Read(TextReader reader, string fileName)
    {
        var entries = new List<PoEntry>();
        var current = new PoEntry();
        string? field = null;
        var lineNumber = 0;
        var sawKeyword = false;
        while (reader.ReadLine() is { } raw)
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0) continue;
            if (line.StartsWith('#') && sawKeyword)
            {
                entries.Add(current);
                (current, field, sawKeyword) = (new PoEntry(), null, false);
            }
            if (line.StartsWith("#,", StringComparison.Ordinal)) current.Flags.AddRange(line[2..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            else if (line.StartsWith("#.", StringComparison.Ordinal)) current.ExtractedComments.Add(line[2..].TrimStart());
            else if (line.StartsWith("#:", StringComparison.Ordinal) || line.StartsWith("#|", StringComparison.Ordinal) || line.StartsWith("#~", StringComparison.Ordinal)) continue;
            else if (line.StartsWith('#')) current.TranslatorComments.Add(line[1..].TrimStart());
            else if (line.StartsWith('"')) Append(current, field ?? throw Problem(fileName, lineNumber, "a string with no keyword before it"), Unquote(line, fileName, lineNumber));
            else
            {
                var space = line.IndexOf(' ', StringComparison.Ordinal);
                var keyword = space < 0 ? line : line[..space];
                if (keyword is not ("msgctxt" or "msgid" or "msgstr")) throw Problem(fileName, lineNumber, $"“{keyword}” is not supported (plural forms are not used)");
                if (keyword == "msgctxt" && sawKeyword || keyword == "msgid" && current.Line != 0)
                {
                    entries.Add(current);
                    current = new PoEntry();
                }
                if (keyword == "msgid") current.Line = lineNumber;
                field = keyword;
                sawKeyword = true;
                if (keyword == "msgctxt") current.Context = "";
                Append(current, field, Unquote(space < 0 ? "" : line[(space + 1)..].Trim(), fileName, lineNumber));
            }
        }
        if (sawKeyword) entries.Add(current);
        return entries.Where(e => e.Line != 0).ToList();
    }

    public static void Write(TextWriter writer, IEnumerable<PoEntry> entries)
    {
        foreach (var e in entries)
        {
            foreach (var c in e.TranslatorComments) writer.Write($"# {c}\n");
            foreach (var c in e.ExtractedComments) writer.Write($"#. {c}\n");
            if (e.Flags.Count > 0) writer.Write($"#, {string.Join(", ", e.Flags)}\n");
            if (e.Context is not null) writer.Write($"msgctxt {Quote(e.Context)}\n");
            writer.Write($"msgid {Quote(e.Id)}\n");
            writer.Write($"msgstr {Quote(e.Str)}\n\n");
        }
    }

    private static void Append(PoEntry entry, string field, string text)
    {
        switch (field)
        {
            case "msgctxt": entry.Context += text; break;
            case "msgid": entry.Id += text; break;
            default: entry.Str += text; break;
        }
    }

    public static string Quote(string text)
    {
        var s = new StringBuilder("\"");
        foreach (var c in text)
        {
            s.Append(c switch { '"' => "\\\"", '\\' => "\\\\", '\n' => "\\n", '\t' => "\\t", '\r' => "\\r", _ => c.ToString() });
        }
        return s.Append('"').ToString();
    }

    private static string Unquote(string quoted, string fileName, int line)
    {
        if (quoted.Length < 2 || quoted[0] != '"' || quoted[^1] != '"') throw Problem(fileName, line, "a string must be in double quotes");
        var s = new StringBuilder();
        for (var i = 1; i < quoted.Length - 1; i++)
        {
            if (quoted[i] != '\\') { s.Append(quoted[i]); continue; }
            if (++i >= quoted.Length - 1) throw Problem(fileName, line, "a backslash ends the string");
            s.Append(quoted[i] switch { 'n' => '\n', 't' => '\t', 'r' => '\r', '"' => '"', '\\' => '\\', _ => throw Problem(fileName, line, $"unknown escape \\{quoted[i]}") });
        }
        return s.ToString();
    }

    private static TranslationException Problem(string fileName, int line, string problem) => new($"{fileName} line {line}: {problem}.");
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Signpost.Core.Navigation.Rules;

/// <summary>Reads and validates a rule set file. Any problem is a <see cref="RuleSetException"/> naming the file.</summary>
public static class RuleSetLoader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Disallow,
    };

    public static RuleSet Load(string path)
    {
        if (!File.Exists(path)) throw new RuleSetException($"The navigation rule set file {path} does not exist.");
        return Parse(File.ReadAllText(path), path);
    }

    public static RuleSet Parse(string json, string source)
    {
        RuleSet? rules;
        try
        {
            rules = JsonSerializer.Deserialize<RuleSet>(json, Options);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}" : "";
            throw new RuleSetException($"The navigation rule set {source} cannot be read{where}: {Plain(e.Message)}");
        }
        if (rules is null) throw new RuleSetException($"The navigation rule set {source} is empty.");
        var problems = RuleSetValidator.Validate(rules);
        if (problems.Count > 0)
        {
            throw new RuleSetException($"The navigation rule set {source} has {problems.Count} problem(s):"
                + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)));
        }
        return rules;
    }

    // System.Text.Json appends "Path: $.x | LineNumber: n | BytePositionInLine: m." which the line number above already covers.
    private static string Plain(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}

using System.Text.Json;
using System.Text.RegularExpressions;

namespace Signpost.Core.Navigation;

/// <summary>
/// Reads the JSON of <c>POST /api/navigation/assess</c> (and the scenario suite's inputs) into an
/// <see cref="AssessmentInput"/>, collecting every problem in plain words instead of stopping at the first.
/// Unknown fields are refused: a misspelt answer silently ignored could hide a red flag.
/// </summary>
public static partial class AssessmentRequestReader
{
    private static readonly string[] TopLevel = ["ageYears", "sex", "pregnant", "description", "answers", "language"];

    public static (AssessmentInput? Input, IReadOnlyList<string> Problems) Read(JsonElement root, NavigationAssessor assessor)
    {
        var problems = new List<string>();
        if (root.ValueKind != JsonValueKind.Object) return (null, ["The body must be a JSON object."]);
        foreach (var property in root.EnumerateObject().Where(p => !TopLevel.Contains(p.Name)))
        {
            problems.Add($"'{property.Name}' is not a known field (known: {string.Join(", ", TopLevel)}).");
        }
        var age = Number(root, "ageYears", 0, AssessmentInput.MaxAgeYears, required: true, problems);
        var sex = Choice(root, "sex", Vocabulary.Sexes, required: true, problems);
        var pregnant = Boolean(root, "pregnant", problems);
        var description = Text(root, "description", problems);
        var language = Language(root, problems);
        var answers = AnswersReader.Read(root, assessor, problems);
        if (problems.Count > 0) return (null, problems);
        return (answers with { AgeYears = age!.Value, Sex = sex!, Pregnant = pregnant, Description = description!, Language = language }, problems);
    }

    public static decimal? Number(JsonElement parent, string name, decimal min, decimal max, bool required, List<string> problems, string prefix = "")
    {
        if (!Present(parent, name, out var value))
        {
            if (required) problems.Add($"'{prefix}{name}' is required: a number from {min} to {max}.");
            return null;
        }
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var number) || number < min || number > max)
        {
            problems.Add($"'{prefix}{name}' must be a number from {min} to {max}.");
            return null;
        }
        return number;
    }

    public static string? Choice(JsonElement parent, string name, IReadOnlyList<string> allowed, bool required, List<string> problems, string prefix = "")
    {
        if (!Present(parent, name, out var value))
        {
            if (required) problems.Add($"'{prefix}{name}' is required: one of {string.Join(", ", allowed)}.");
            return null;
        }
        if (value.ValueKind == JsonValueKind.String && allowed.Contains(value.GetString()!)) return value.GetString();
        problems.Add($"'{prefix}{name}' must be one of {string.Join(", ", allowed)}.");
        return null;
    }

    public static bool? Boolean(JsonElement parent, string name, List<string> problems, string prefix = "")
    {
        if (!Present(parent, name, out var value)) return null;
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False) return value.GetBoolean();
        problems.Add($"'{prefix}{name}' must be true or false.");
        return null;
    }

    /// <summary>True when the property is there and not null.</summary>
    public static bool Present(JsonElement parent, string name, out JsonElement value) =>
        parent.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;

    private static string? Text(JsonElement root, string name, List<string> problems)
    {
        if (!Present(root, name, out var value) || value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            problems.Add($"'{name}' is required: the person's own words, up to {AssessmentInput.MaxDescriptionLength} characters.");
            return null;
        }
        var text = value.GetString()!;
        if (text.Length > AssessmentInput.MaxDescriptionLength) problems.Add($"'{name}' must be {AssessmentInput.MaxDescriptionLength} characters or fewer.");
        return text;
    }

    private static string? Language(JsonElement root, List<string> problems)
    {
        if (!Present(root, "language", out var value)) return null;
        if (value.ValueKind == JsonValueKind.String && LanguageTag().IsMatch(value.GetString()!)) return value.GetString()!.ToLowerInvariant();
        problems.Add("'language' must be a language code such as en, ur or pl.");
        return null;
    }

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();
}

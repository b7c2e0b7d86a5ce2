using System.Text.Json;

namespace Signpost.Core.Navigation;

/// <summary>Reads the optional <c>answers</c> object of an assessment request.</summary>
public static class AnswersReader
{
    private const string Prefix = "answers.";

    private static readonly string[] Known =
    [
        "redFlags", "requestType", "preferredModality", "condition", "episodesInLast6Months", "episodesInLast12Months",
        "immunosuppressed", "urinaryCatheter", "symptomDays",
    ];

    /// <summary>An input with the answers filled in (the caller adds the person's details).</summary>
    public static AssessmentInput Read(JsonElement root, NavigationAssessor assessor, List<string> problems)
    {
        var empty = new AssessmentInput { AgeYears = 0, Sex = "other", Description = "" };
        if (!AssessmentRequestReader.Present(root, "answers", out var answers)) return empty;
        if (answers.ValueKind != JsonValueKind.Object)
        {
            problems.Add("'answers' must be a JSON object.");
            return empty;
        }
        foreach (var property in answers.EnumerateObject().Where(p => !Known.Contains(p.Name)))
        {
            problems.Add($"'answers.{property.Name}' is not a known answer (known: {string.Join(", ", Known)}).");
        }
        var pathways = assessor.Rules.PharmacyFirst.Select(p => p.Id).ToList();
        var six = Count(answers, "episodesInLast6Months", 50, problems);
        var twelve = Count(answers, "episodesInLast12Months", 100, problems);
        if (six > twelve) problems.Add("'answers.episodesInLast12Months' cannot be fewer than 'answers.episodesInLast6Months'.");
        return empty with
        {
            RedFlags = RedFlags(answers, assessor, problems),
            RequestType = AssessmentRequestReader.Choice(answers, "requestType", Vocabulary.RequestTypes, false, problems, Prefix) ?? Vocabulary.MedicalRequest,
            PreferredModality = AssessmentRequestReader.Choice(answers, "preferredModality", Vocabulary.Modalities, false, problems, Prefix),
            Condition = AssessmentRequestReader.Choice(answers, "condition", pathways, false, problems, Prefix),
            EpisodesInLast6Months = six,
            EpisodesInLast12Months = twelve,
            Immunosuppressed = AssessmentRequestReader.Boolean(answers, "immunosuppressed", problems, Prefix),
            UrinaryCatheter = AssessmentRequestReader.Boolean(answers, "urinaryCatheter", problems, Prefix),
            SymptomDays = Count(answers, "symptomDays", 36500, problems, min: 0),
        };
    }

    private static List<string> RedFlags(JsonElement answers, NavigationAssessor assessor, List<string> problems)
    {
        var flags = new List<string>();
        if (!AssessmentRequestReader.Present(answers, "redFlags", out var value)) return flags;
        if (value.ValueKind != JsonValueKind.Array)
        {
            problems.Add("'answers.redFlags' must be a list of red-flag ids.");
            return flags;
        }
        foreach (var item in value.EnumerateArray())
        {
            var id = item.ValueKind == JsonValueKind.String ? item.GetString()! : item.ToString();
            if (item.ValueKind == JsonValueKind.String && assessor.IsRedFlag(id)) flags.Add(id);
            else problems.Add($"'answers.redFlags' has '{id}', which is not a red flag of rule set {assessor.Rules.Version}.");
        }
        return flags;
    }

    private static int? Count(JsonElement answers, string name, int max, List<string> problems, int min = 1)
    {
        var number = AssessmentRequestReader.Number(answers, name, min, max, required: false, problems, Prefix);
        if (number is null) return null;
        if (number != decimal.Truncate(number.Value))
        {
            problems.Add($"'answers.{name}' must be a whole number.");
            return null;
        }
        return (int)number.Value;
    }

}

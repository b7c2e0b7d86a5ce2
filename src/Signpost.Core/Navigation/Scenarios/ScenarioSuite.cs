using System.Text.Json;

namespace Signpost.Core.Navigation.Scenarios;

/// <summary>
/// The clinical scenario suite (data/navigation/scenarios-v1.json): written cases with the disposition the team
/// expects. Run by a test (zero emergencies below emergency, accuracy floor) and by <c>./signpost bench navigation</c>.
/// </summary>
public static class ScenarioSuite
{
    public static IReadOnlyList<Scenario> Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("cases").EnumerateArray().Select(Read).ToList();
    }

    public static ScenarioReport Run(IReadOnlyList<Scenario> scenarios, NavigationAssessor assessor)
    {
        var results = new List<ScenarioResult>();
        foreach (var scenario in scenarios)
        {
            var (input, problems) = AssessmentRequestReader.Read(scenario.Input, assessor);
            if (input is null) throw new InvalidOperationException($"Scenario {scenario.Id} has a bad input: {string.Join(" ", problems)}");
            results.Add(new ScenarioResult(scenario, assessor.Assess(input)));
        }
        return new ScenarioReport(results);
    }

    private static Scenario Read(JsonElement element)
    {
        var expected = element.GetProperty("expected");
        string? Optional(string name) => expected.TryGetProperty(name, out var v) ? v.GetString() : null;
        return new Scenario(
            element.GetProperty("id").GetString()!,
            element.GetProperty("group").GetString()!,
            element.GetProperty("input").Clone(),
            new ExpectedDisposition(expected.GetProperty("urgency").GetString()!, expected.GetProperty("destination").GetString()!,
                Optional("role"), Optional("pathway"), Optional("modality")));
    }
}

/// <summary>One written case: the request as the API takes it and the disposition expected.</summary>
public sealed record Scenario(string Id, string Group, JsonElement Input, ExpectedDisposition Expected);

/// <summary>What the team expects; role, pathway and modality are checked only when given.</summary>
public sealed record ExpectedDisposition(string Urgency, string Destination, string? Role, string? Pathway, string? Modality);

using System.CommandLine;
using System.Diagnostics;
using Signpost.Core.Navigation;
using Signpost.Core.Navigation.Rules;
using Signpost.Core.Navigation.Scenarios;

namespace Signpost.Cli.Commands;

/// <summary>
/// <c>./signpost bench navigation</c>: the scenario suite's accuracy against a baseline that sends everything to
/// the default GP route, and assessment speed against a baseline that only parses the requests.
/// </summary>
public static class NavigationBench
{
    public static Command Create()
    {
        var rules = new Option<string?>("--rules") { Description = "Rule set file (default: data/navigation/rules-v1.json)." };
        var scenarios = new Option<string?>("--scenarios") { Description = "Scenario file (default: data/navigation/scenarios-v1.json)." };
        var rounds = new Option<int>("--rounds") { Description = "Times to assess the whole suite for the speed figure (1 to 1000).", DefaultValueFactory = _ => 50 };
        var command = new Command("navigation", "Scenario suite accuracy and assessment speed of the navigation rules.") { rules, scenarios, rounds };
        command.SetAction(parse =>
        {
            var count = parse.GetValue(rounds);
            if (count is < 1 or > 1000)
            {
                Console.Error.WriteLine("--rounds must be from 1 to 1000.");
                return CliRunner.BadInput;
            }
            NavigationAssessor assessor;
            try
            {
                assessor = new NavigationAssessor(RuleSetLoader.Load(parse.GetValue(rules) ?? Path.Combine(CliServices.FindDataDirectory("navigation"), "rules-v1.json")));
            }
            catch (RuleSetException e)
            {
                Console.Error.WriteLine(e.Message);
                return CliRunner.BadInput;
            }
            var path = parse.GetValue(scenarios) ?? Path.Combine(CliServices.FindDataDirectory("navigation"), "scenarios-v1.json");
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"The scenario file {path} does not exist.");
                return CliRunner.BadInput;
            }
            var suite = ScenarioSuite.Load(path);
            PrintAccuracy(ScenarioSuite.Run(suite, assessor), suite, assessor);
            PrintSpeed(suite, assessor, count);
            return 0;
        });
        return command;
    }

    private static void PrintAccuracy(ScenarioReport report, IReadOnlyList<Scenario> suite, NavigationAssessor assessor)
    {
        var fallback = assessor.Rules.Settings.DefaultMedical;
        var baseline = suite.Count(s => s.Expected.Urgency == fallback.Urgency && s.Expected.Destination == fallback.Destination
            && (s.Expected.Role is null || s.Expected.Role == fallback.Role) && s.Expected.Pathway is null);
        Console.WriteLine($"Rule set {assessor.Rules.Version}; {report.Total} cases ({report.Emergencies} expected emergencies)");
        Console.WriteLine($"  full disposition matched:  {report.Matched}/{report.Total} ({report.Accuracy:P1})");
        Console.WriteLine($"  urgency matched:           {report.UrgencyMatched}/{report.Total} ({report.UrgencyAccuracy:P1})");
        Console.WriteLine($"  under-triaged (unsafe):    {report.UnderTriaged}");
        Console.WriteLine($"  over-triaged:              {report.OverTriaged}");
        Console.WriteLine($"  emergencies missed:        {report.EmergenciesMissed.Count}");
        Console.WriteLine($"  baseline (all to {fallback.Urgency} {fallback.Role}): {baseline}/{report.Total} ({(double)baseline / report.Total:P1})");
        foreach (var group in report.Results.GroupBy(r => r.Scenario.Group))
        {
            Console.WriteLine($"    {group.Key,-42} {group.Count(r => r.Matches),3}/{group.Count(),3}");
        }
        foreach (var miss in report.Results.Where(r => !r.Matches)) Console.WriteLine("  miss " + miss.Describe());
    }

    private static void PrintSpeed(IReadOnlyList<Scenario> suite, NavigationAssessor assessor, int rounds)
    {
        var inputs = suite.Select(s => AssessmentRequestReader.Read(s.Input, assessor).Input!).ToList();
        var parse = Time(rounds, () => { foreach (var s in suite) AssessmentRequestReader.Read(s.Input, assessor); });
        var full = Time(rounds, () => { foreach (var s in suite) assessor.Assess(AssessmentRequestReader.Read(s.Input, assessor).Input!); });
        var n = (double)rounds * inputs.Count;
        Console.WriteLine($"Speed over {rounds} rounds x {inputs.Count} cases, one thread:");
        Console.WriteLine($"  baseline (read request only): {n / parse.TotalSeconds,10:N0} per second ({parse.TotalMicroseconds / n:N1} µs each)");
        Console.WriteLine($"  read and assess:              {n / full.TotalSeconds,10:N0} per second ({full.TotalMicroseconds / n:N1} µs each)");
    }

    private static TimeSpan Time(int rounds, Action action)
    {
        action();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < rounds; i++) action();
        return watch.Elapsed;
    }
}

using System.CommandLine;
using Signpost.Core.Navigation.Rules;

namespace Signpost.Cli.Commands;

/// <summary><c>./signpost navigation check-rules FILE</c>: validates a rule set before it is proposed for review.</summary>
public static class NavigationCommand
{
    public static Command Create()
    {
        var navigation = new Command("navigation", "Care navigation rule sets.");
        var file = new Argument<string>("file") { Description = "The rule set JSON file to check." };
        var check = new Command("check-rules", "Check a navigation rule set file and list every problem.") { file };
        check.SetAction(parse =>
        {
            try
            {
                var rules = RuleSetLoader.Load(parse.GetValue(file)!);
                Console.WriteLine($"Rule set {rules.Version} ({rules.Published}) is valid: {rules.RedFlags.Count} red flags, " +
                    $"{rules.EmergencyPhrases.Count} emergency phrase rules, {rules.Conditions.Count} condition rules, {rules.PharmacyFirst.Count} Pharmacy First pathways.");
                Console.WriteLine($"Status: {rules.Status}");
                return 0;
            }
            catch (RuleSetException e)
            {
                Console.Error.WriteLine(e.Message);
                return CliRunner.BadInput;
            }
        });
        navigation.Subcommands.Add(check);
        return navigation;
    }
}

using Signpost.Core.Navigation;
using Signpost.Core.Navigation.Capacity;
using Signpost.Core.Navigation.Rules;

namespace Signpost.Cli;

/// <summary>The navigation rule set and working calendar from the repository's data/navigation, for commands.</summary>
public static class NavigationFiles
{
    public static NavigationAssessor Assessor() => new(RuleSetLoader.Load(Path.Combine(CliServices.FindDataDirectory("navigation"), "rules-v1.json")));

    public static WorkingCalendar Calendar() => WorkingCalendar.Load(Path.Combine(CliServices.FindDataDirectory("navigation"), "working-days.json"));
}

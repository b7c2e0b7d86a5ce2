using Signpost.Core.Navigation;
using Signpost.Core.Navigation.Rules;

namespace Signpost.TestCommon;

/// <summary>The rule set the product ships (data/navigation/rules-v1.json), loaded once per test process.</summary>
public static class ShippedRules
{
    public const string FileName = "rules-v1.json";
    private static readonly Lazy<NavigationAssessor> Instance = new(() => new NavigationAssessor(RuleSetLoader.Load(Path)));

    public static string Path => System.IO.Path.Combine(RepositoryPaths.Data("navigation"), FileName);
    public static string ScenariosPath => System.IO.Path.Combine(RepositoryPaths.Data("navigation"), "scenarios-v1.json");
    public static NavigationAssessor Assessor => Instance.Value;
}

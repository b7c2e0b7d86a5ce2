namespace Signpost.Core.Navigation;

/// <summary>The <c>Signpost:Navigation</c> settings.</summary>
public sealed class NavigationOptions
{
    public const string Section = "Signpost:Navigation";

    /// <summary>The rule set file; relative paths are from the app's own folder. Changing it is a reviewed release step.</summary>
    public string RuleSetPath { get; set; } = "data/navigation/rules-v1.json";

    /// <summary>Working days, core hours and bank holidays.</summary>
    public string WorkingDaysPath { get; set; } = "data/navigation/working-days.json";

    /// <summary>Minutes before the one-working-day deadline from which an open request is shown as at risk.</summary>
    public int AtRiskMinutes { get; set; } = 120;

    public string ResolvedRuleSetPath() => Resolve(RuleSetPath);
    public string ResolvedWorkingDaysPath() => Resolve(WorkingDaysPath);

    private static string Resolve(string path) => Path.IsPathRooted(path) ? path : Path.Combine(AppContext.BaseDirectory, path);
}

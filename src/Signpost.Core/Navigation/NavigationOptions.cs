namespace Signpost.Core.Navigation;

/// <summary>The <c>Signpost:Navigation</c> settings.</summary>
public sealed class NavigationOptions
{
    public const string Section = "Signpost:Navigation";

    /// <summary>The rule set file; relative paths are from the app's own folder. Changing it is a reviewed release step.</summary>
    public string RuleSetPath { get; set; } = "data/navigation/rules-v1.json";

    public string ResolvedRuleSetPath() =>
        Path.IsPathRooted(RuleSetPath) ? RuleSetPath : Path.Combine(AppContext.BaseDirectory, RuleSetPath);
}

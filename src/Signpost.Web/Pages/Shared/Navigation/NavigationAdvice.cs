using Microsoft.AspNetCore.Html;
using Signpost.Core.Navigation;
using Signpost.Core.Navigation.Rules;
using Signpost.Core.Translation;
using Signpost.Web.Languages;

namespace Signpost.Web.Pages.Shared.Navigation;

/// <summary>
/// The rule set's words that residents read (red-flag questions and the reasons rules give) as safety-critical
/// advice units, keyed by rule (<c>advice:navigation:red-flag/chest-pain</c>): shown in another language only once
/// a translator has approved them, and stale when the rule's English changes. A reason composed at run time
/// (a Pharmacy First exclusion with its details, the modality sentence) has no unit and is shown in English.
/// </summary>
public sealed class NavigationAdvice
{
    private const string AlsoNoted = "Also noted: ";
    private readonly Dictionary<string, string> reasons = new(StringComparer.Ordinal);

    public NavigationAdvice(NavigationAssessor assessor)
    {
        var rules = assessor.Rules;
        foreach (var f in rules.RedFlags) reasons["red-flag/" + f.Id] = f.Reason;
        foreach (var r in rules.EmergencyPhrases) reasons["emergency/" + r.Id] = r.Reason;
        foreach (var r in rules.Conditions) reasons["condition/" + r.Id] = r.Reason;
        foreach (var p in rules.PharmacyFirst) reasons["pharmacy-first/" + p.Id] = p.Reason;
        foreach (var a in rules.AdminRequests) reasons["admin/" + a.RequestType] = a.Reason;
        reasons["default/medical"] = rules.Settings.DefaultMedical.Reason;
        Units = [.. rules.RedFlags.Select(Question), .. reasons.Select(r => Unit(r.Key, r.Value))];
    }

    /// <summary>Every unit, registered at start-up so that translators see them before anyone is shown one.</summary>
    public IReadOnlyList<UnitSource> Units { get; }

    public static UnitSource Question(RedFlag flag) => new($"advice:navigation:red-flag/{flag.Id}:question", UnitKind.Advice, flag.Question, SafetyCritical: true);

    public IHtmlContent Reason(PageText t, AssessmentReason reason)
    {
        if (reason.Text.StartsWith(AlsoNoted, StringComparison.Ordinal))
        {
            return t.Format("Also noted: {0}", Reason(t, reason with { Text = reason.Text[AlsoNoted.Length..] }));
        }
        return reasons.TryGetValue(reason.RuleId, out var english) && english == reason.Text ? t.Text(Unit(reason.RuleId, english)) : t.English(reason.Text);
    }

    /// <summary>A reason as stored with a request ("text [rule-id]").</summary>
    public IHtmlContent Reason(PageText t, string stored)
    {
        var at = stored.LastIndexOf(" [", StringComparison.Ordinal);
        return at > 0 && stored.EndsWith(']') ? Reason(t, new AssessmentReason(stored[(at + 2)..^1], stored[..at])) : t.English(stored);
    }

    private static UnitSource Unit(string ruleId, string english) => new($"advice:navigation:{ruleId}", UnitKind.Advice, english, SafetyCritical: true);
}

using System.Text.RegularExpressions;
using Signpost.Core.Navigation.Text;

namespace Signpost.Core.Navigation.Rules;

/// <summary>Checks a rule set for everything a reviewer could get wrong; returns one plain sentence per problem.</summary>
public static partial class RuleSetValidator
{
    public const int PharmacyFirstPathwayCount = 7;
    private static readonly string[] Audiences = ["adult", "child", "any"];
    private static readonly string[] PregnancyExclusions = ["none", "under-16", "all"];

    public static IReadOnlyList<string> Validate(RuleSet rules)
    {
        var problems = new List<string>();
        if (!VersionPattern().IsMatch(rules.Version ?? "")) problems.Add($"version '{rules.Version}' must look like 1.0.0");
        if (!DateOnly.TryParseExact(rules.Published, "yyyy-MM-dd", out _)) problems.Add($"published '{rules.Published}' must be a date like 2026-11-21");
        ValidateSettings(rules.Settings, problems);
        Unique(rules.RedFlags.Select(r => r.Id), "red flag", problems);
        foreach (var flag in rules.RedFlags) ValidateRedFlag(flag, problems);
        Unique(rules.EmergencyPhrases.Select(r => r.Id).Concat(rules.Conditions.Select(r => r.Id)), "phrase rule", problems);
        foreach (var rule in rules.EmergencyPhrases) ValidatePhraseRule(rule, "emergency phrase", problems, mustBeEmergency: true);
        foreach (var rule in rules.Conditions) ValidatePhraseRule(rule, "condition", problems, mustBeEmergency: false);
        PharmacyFirstValidator.Validate(rules.PharmacyFirst, problems);
        ValidateAdmin(rules.AdminRequests, problems);
        return problems;
    }

    private static void ValidateSettings(RuleSettings settings, List<string> problems)
    {
        if (settings.ChildAgeBelow is <= 0 or > 19) problems.Add("settings.childAgeBelow must be between 1 and 19");
        Known(settings.NegatedEmergencyMinimumUrgency, Vocabulary.Urgencies, "settings.negatedEmergencyMinimumUrgency", problems);
        Known(settings.UnscreenedTextMinimumUrgency, Vocabulary.Urgencies, "settings.unscreenedTextMinimumUrgency", problems);
        Phrases(settings.RecurrencePhrases, "settings.recurrencePhrases", problems);
        ValidatePhraseRule(settings.DefaultMedical, "settings.defaultMedical", problems, mustBeEmergency: false, needsPhrases: false);
        if (settings.DefaultMedical.Destination != Vocabulary.GeneralPractice) problems.Add("settings.defaultMedical must go to general-practice");
    }

    private static void ValidateRedFlag(RedFlag flag, List<string> problems)
    {
        var name = $"red flag '{flag.Id}'";
        Id(flag.Id, "red flag", problems);
        Known(flag.Audience, Audiences, name + " audience", problems);
        if (string.IsNullOrWhiteSpace(flag.Question)) problems.Add(name + " needs a question");
        if (flag.Urgency is not ("emergency" or "urgent")) problems.Add($"{name} urgency must be emergency or urgent, not '{flag.Urgency}'");
        Destination(flag.Destination, flag.Role, name, problems);
        if (string.IsNullOrWhiteSpace(flag.Reason)) problems.Add(name + " needs a reason in plain words");
    }

    public static void ValidatePhraseRule(PhraseRule rule, string kind, List<string> problems, bool mustBeEmergency, bool needsPhrases = true)
    {
        var name = $"{kind} '{rule.Id}'";
        Id(rule.Id, kind, problems);
        if (needsPhrases && rule.Match.Count == 0) problems.Add(name + " has no phrases to match");
        for (var i = 0; i < rule.Match.Count; i++) Phrases(rule.Match[i], $"{name} match group {i + 1}", problems);
        Known(rule.Urgency, Vocabulary.Urgencies, name + " urgency", problems);
        if (mustBeEmergency && rule.Urgency != Vocabulary.Emergency) problems.Add($"{name} is an emergency phrase, so its urgency must be emergency");
        Destination(rule.Destination, rule.Role, name, problems);
        Ages(rule.MinAgeYears, rule.BelowAgeYears, name, problems);
        if (rule.Sex is not null) Known(rule.Sex, Vocabulary.Sexes, name + " sex", problems);
        if (rule.Modality is not null) Modality(rule.Modality, name, problems);
        if (string.IsNullOrWhiteSpace(rule.Reason)) problems.Add(name + " needs a reason in plain words");
    }

    public static void Destination(string destination, string? role, string name, List<string> problems)
    {
        Known(destination, Vocabulary.Destinations, name + " destination", problems);
        if (destination == Vocabulary.GeneralPractice) Known(role ?? "(none)", Vocabulary.Roles, name + " role", problems);
        else if (role is not null) problems.Add($"{name} has a role but goes to {destination}; only general-practice has roles");
    }

    public static void Modality(ModalityRule modality, string name, List<string> problems)
    {
        Known(modality.Default, Vocabulary.Modalities, name + " modality default", problems);
        foreach (var allowed in modality.Allowed ?? []) Known(allowed, Vocabulary.Modalities, name + " modality allowed", problems);
        if (modality.Allowed is { } list && !list.Contains(modality.Default)) problems.Add($"{name} modality default '{modality.Default}' is not in its allowed list");
        if (modality.Allowed is { Count: < 4 } && string.IsNullOrWhiteSpace(modality.Because)) problems.Add($"{name} limits the modality, so it must say why (because)");
    }

    public static void Ages(decimal? min, decimal? below, string name, List<string> problems)
    {
        if (min is < 0 or > 130) problems.Add($"{name} minimum age {min} must be from 0 to 130");
        if (below is <= 0 or > 131) problems.Add($"{name} upper age {below} must be from 0 to 131");
        if (min is { } a && below is { } b && a >= b) problems.Add($"{name} minimum age {a} must be below its upper age {b}");
    }

    public static void Phrases(IReadOnlyList<string> phrases, string name, List<string> problems)
    {
        if (phrases.Count == 0) problems.Add(name + " is an empty list of phrases");
        foreach (var phrase in phrases)
        {
            PhrasePattern.Parse(phrase, out var problem);
            if (problem is not null) problems.Add($"{name} phrase '{phrase}': {problem}");
        }
    }

    public static void Known(string? value, IReadOnlyList<string> allowed, string name, List<string> problems)
    {
        if (value is null || !allowed.Contains(value)) problems.Add($"{name} '{value}' is not one of: {string.Join(", ", allowed)}");
    }

    public static void Id(string id, string kind, List<string> problems)
    {
        if (!IdPattern().IsMatch(id ?? "")) problems.Add($"{kind} id '{id}' must be lower-case words joined by hyphens");
    }

    public static void Unique(IEnumerable<string> ids, string kind, List<string> problems)
    {
        foreach (var id in ids.GroupBy(i => i).Where(g => g.Count() > 1)) problems.Add($"{kind} id '{id.Key}' is used more than once");
    }

    private static void ValidateAdmin(IReadOnlyList<AdminRoute> routes, List<string> problems)
    {
        var expected = Vocabulary.RequestTypes.Where(t => t != Vocabulary.MedicalRequest).ToList();
        foreach (var missing in expected.Except(routes.Select(r => r.RequestType))) problems.Add($"adminRequests has no route for '{missing}'");
        Unique(routes.Select(r => r.RequestType), "admin request", problems);
        foreach (var route in routes)
        {
            var name = $"admin request '{route.RequestType}'";
            Known(route.RequestType, expected, name, problems);
            Known(route.Urgency, Vocabulary.Urgencies, name + " urgency", problems);
            Known(route.Role, Vocabulary.Roles, name + " role", problems);
            Modality(route.Modality, name, problems);
            if (string.IsNullOrWhiteSpace(route.Reason)) problems.Add(name + " needs a reason in plain words");
        }
    }

    internal static IReadOnlyList<string> AudienceValues => Audiences;
    internal static IReadOnlyList<string> PregnancyExclusionValues => PregnancyExclusions;

    [GeneratedRegex(@"^\d+\.\d+\.\d+$")]
    private static partial Regex VersionPattern();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}

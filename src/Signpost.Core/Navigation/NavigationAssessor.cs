using Signpost.Core.Navigation.Rules;
using Signpost.Core.Navigation.Text;

namespace Signpost.Core.Navigation;

/// <summary>
/// Applies the rule set to one request. Order of safety: red flags and emergency phrases first (any one is an
/// emergency, whatever else is said); then conditions, Pharmacy First and admin routes, the most urgent winning;
/// then floors for negated emergency words and unscreenable text; then the modality. Stateless and thread-safe.
/// </summary>
public sealed class NavigationAssessor
{
    private static readonly string[] EmergencyDestinationOrder = ["emergency-services", "emergency-department", "mental-health-crisis"];
    private readonly Dictionary<PhraseRule, PhraseGroups> groups;
    private readonly Dictionary<string, RedFlag> redFlags;
    private readonly PharmacyFirstCheck pharmacyFirst;

    public NavigationAssessor(RuleSet rules)
    {
        Rules = rules;
        groups = rules.EmergencyPhrases.Concat(rules.Conditions).ToDictionary(r => r, r => new PhraseGroups(r.Match));
        redFlags = rules.RedFlags.ToDictionary(f => f.Id, StringComparer.Ordinal);
        pharmacyFirst = new PharmacyFirstCheck(rules);
    }

    public RuleSet Rules { get; }

    public bool IsRedFlag(string id) => redFlags.ContainsKey(id);

    public Assessment Assess(AssessmentInput input)
    {
        var text = NormalisedText.From(input.Description);
        var candidates = new List<Candidate>();
        var order = 0;
        foreach (var id in input.RedFlags.Distinct())
        {
            var flag = redFlags.TryGetValue(id, out var f) ? f : throw new ArgumentException($"Unknown red flag '{id}'.", nameof(input));
            candidates.Add(new Candidate(flag.Urgency, flag.Destination, flag.Role, null, null, new AssessmentReason("red-flag/" + flag.Id, flag.Reason), order++));
        }
        var negated = new List<PhraseRule>();
        foreach (var rule in Rules.EmergencyPhrases.Where(r => Applies(r, input)))
        {
            var found = groups[rule].Find(text, tolerant: true);
            if (found == PhraseMatch.Present) candidates.Add(Candidate.From(rule, "emergency/" + rule.Id, order++));
            else if (found == PhraseMatch.NegatedOnly) negated.Add(rule);
        }
        var emergencies = candidates.Where(c => c.Urgency == Vocabulary.Emergency).ToList();
        if (emergencies.Count > 0) return Emergency(emergencies);

        // Pharmacy First before the other conditions: at equal urgency the national pathway wins.
        if (input.RequestType == Vocabulary.MedicalRequest) candidates.AddRange(pharmacyFirst.Assess(input, text, order++));
        foreach (var rule in Rules.Conditions.Where(r => Applies(r, input)))
        {
            if (groups[rule].Find(text, tolerant: false) == PhraseMatch.Present) candidates.Add(Candidate.From(rule, "condition/" + rule.Id, order++));
        }
        if (input.RequestType != Vocabulary.MedicalRequest) candidates = AdminCandidates(input, candidates, order++);
        return Decide(input, candidates, negated);
    }

    private Assessment Emergency(List<Candidate> emergencies)
    {
        var ordered = emergencies
            .OrderBy(c => Array.IndexOf(EmergencyDestinationOrder, c.Destination) is var i and >= 0 ? i : EmergencyDestinationOrder.Length)
            .ThenBy(c => c.Order).ToList();
        var winner = ordered[0];
        return new Assessment(Vocabulary.Emergency, new Destination(winner.Destination, winner.Role), "face-to-face",
            ordered.Select(c => c.Reason).ToList(), Rules.Version);
    }

    // An admin request keeps its admin route unless the words also show something needing a clinician the same day.
    private List<Candidate> AdminCandidates(AssessmentInput input, List<Candidate> candidates, int order)
    {
        var route = Rules.AdminRequests.Single(r => r.RequestType == input.RequestType);
        var admin = new Candidate(route.Urgency, Vocabulary.GeneralPractice, route.Role, null, route.Modality,
            new AssessmentReason("admin/" + route.RequestType, route.Reason), order);
        return [.. candidates.Where(c => Vocabulary.UrgencyRank(c.Urgency) <= Vocabulary.UrgencyRank("urgent")), admin];
    }

    private Assessment Decide(AssessmentInput input, List<Candidate> candidates, List<PhraseRule> negated)
    {
        var fallback = Candidate.From(Rules.Settings.DefaultMedical, "default/medical", int.MaxValue);
        var ordered = candidates.OrderBy(c => Vocabulary.UrgencyRank(c.Urgency)).ThenBy(c => c.Order).ToList();
        var winner = ordered.FirstOrDefault() ?? fallback;
        var reasons = new List<AssessmentReason> { winner.Reason };
        reasons.AddRange(ordered.Skip(1).Select(c => c.Reason with { Text = "Also noted: " + c.Reason.Text }));
        if (ordered.Count == 0) reasons[0] = fallback.Reason;

        foreach (var rule in negated)
        {
            winner = Floor(winner, Rules.Settings.NegatedEmergencyMinimumUrgency, fallback);
            reasons.Add(new AssessmentReason("negated/" + rule.Id,
                $"You said there is no {Label(rule)}, so this is not treated as an emergency, but a clinician will still check. If it starts, call 999."));
        }
        if (!TextScreening.CanScreen(input.Description, input.Language))
        {
            winner = Floor(winner, Rules.Settings.UnscreenedTextMinimumUrgency, fallback);
            reasons.Add(new AssessmentReason("unscreened-text",
                "Your words could not be checked automatically in this language, so a member of the practice team will read them today."));
        }
        var (modality, modalityReason) = ModalityChoice.Choose(winner, input.PreferredModality);
        if (modalityReason is not null) reasons.Add(modalityReason);
        return new Assessment(winner.Urgency, new Destination(winner.Destination, winner.Role, winner.Pathway), modality, reasons, Rules.Version);
    }

    // Raises the urgency; self-care or a pharmacy cannot take a request that must be seen sooner than it says.
    private static Candidate Floor(Candidate winner, string minimum, Candidate fallback)
    {
        if (!Vocabulary.IsMoreUrgent(minimum, winner.Urgency)) return winner;
        var target = winner.Destination is Vocabulary.SelfCare or Vocabulary.CommunityPharmacy ? fallback : winner;
        return target with { Urgency = minimum, Reason = winner.Reason, Order = winner.Order };
    }

    private static string Label(PhraseRule rule) => rule.Match[0][0].Replace("...", " ", StringComparison.Ordinal).Replace("*", "", StringComparison.Ordinal).Trim();

    private static bool Applies(PhraseRule rule, AssessmentInput input) =>
        (rule.MinAgeYears is not { } min || input.AgeYears >= min)
        && (rule.BelowAgeYears is not { } below || input.AgeYears < below)
        && (rule.Sex is null || rule.Sex == input.Sex)
        && (rule.Pregnant is null || rule.Pregnant == input.IsPregnant);
}

using Signpost.Core.Navigation.Rules;
using Signpost.Core.Navigation.Text;

namespace Signpost.Core.Navigation;

/// <summary>Finds the Pharmacy First pathway a request is about and checks the national eligibility for it.</summary>
public sealed class PharmacyFirstCheck(RuleSet rules)
{
    private readonly Dictionary<PharmacyFirstPathway, PhraseGroups> phrases =
        rules.PharmacyFirst.ToDictionary(p => p, p => new PhraseGroups([p.Phrases]));
    private readonly Dictionary<PhraseRule, PhraseGroups> exclusions =
        rules.PharmacyFirst.SelectMany(p => p.Exclusions).ToDictionary(e => e, e => new PhraseGroups(e.Match));
    private readonly PhraseGroups recurrence = new([rules.Settings.RecurrencePhrases]);

    public IEnumerable<Candidate> Assess(AssessmentInput input, NormalisedText text, int order)
    {
        foreach (var pathway in rules.PharmacyFirst)
        {
            if (input.Condition != pathway.Id && phrases[pathway].Find(text, tolerant: false) != PhraseMatch.Present) continue;
            var ruleId = "pharmacy-first/" + pathway.Id;
            var excluded = false;
            foreach (var exclusion in pathway.Exclusions.Where(e => exclusions[e].Find(text, tolerant: false) == PhraseMatch.Present))
            {
                excluded = true;
                yield return Candidate.From(exclusion, ruleId + "/" + exclusion.Id, order, $"Not for the Pharmacy First {pathway.Name} pathway:");
            }
            var problems = Problems(pathway, input, text);
            if (problems.Count > 0)
            {
                excluded = true;
                var reason = $"Not for the Pharmacy First {pathway.Name} pathway: {string.Join("; ", problems)}. {pathway.NotEligible.Reason}";
                yield return Candidate.From(pathway.NotEligible, ruleId + "/not-eligible", order) with { Reason = new AssessmentReason(ruleId + "/not-eligible", reason) };
            }
            if (!excluded)
            {
                yield return new Candidate(pathway.Urgency, Vocabulary.CommunityPharmacy, null, pathway.Id, pathway.Modality,
                    new AssessmentReason(ruleId, pathway.Reason), order);
            }
        }
    }

    private List<string> Problems(PharmacyFirstPathway pathway, AssessmentInput input, NormalisedText text)
    {
        var problems = new List<string>();
        var age = input.AgeYears;
        if (age < pathway.MinAgeYears || (pathway.BelowAgeYears is { } below && age >= below)) problems.Add(AgeRange(pathway));
        if (pathway.Sex == "female" && input.Sex != "female") problems.Add("it is for women only");
        if (input.IsPregnant && pathway.PregnancyExclusion == "all") problems.Add("it is not for anyone who is pregnant");
        if (input.IsPregnant && pathway.PregnancyExclusion == "under-16" && age < 16) problems.Add("it is not for anyone pregnant and under 16");
        if (IsRecurrent(pathway, input, text)) problems.Add("the problem keeps coming back");
        if (pathway.ExcludeImmunosuppressed && input.Immunosuppressed == true) problems.Add("it is not for people with a weakened immune system");
        if (pathway.ExcludeUrinaryCatheter && input.UrinaryCatheter == true) problems.Add("it is not for people with a urinary catheter");
        if (pathway.MaxSymptomDays is { } days && input.SymptomDays > days) problems.Add($"symptoms have lasted more than {days} days");
        return problems;
    }

    private bool IsRecurrent(PharmacyFirstPathway pathway, AssessmentInput input, NormalisedText text)
    {
        if (pathway.RecurrenceIn6Months is null && pathway.RecurrenceIn12Months is null) return false;
        if (input.EpisodesInLast6Months >= pathway.RecurrenceIn6Months) return true;
        if (input.EpisodesInLast12Months >= pathway.RecurrenceIn12Months) return true;
        return recurrence.Find(text, tolerant: false) == PhraseMatch.Present;
    }

    private static string AgeRange(PharmacyFirstPathway pathway) => pathway.BelowAgeYears is { } below
        ? $"it is for people aged {pathway.MinAgeYears:0.##} to {below - 1:0.##}"
        : $"it is for people aged {pathway.MinAgeYears:0.##} and over";
}

namespace Signpost.Core.Navigation.Rules;

/// <summary>Checks the seven Pharmacy First pathways: all there, distinct, with sound ages and exclusions.</summary>
public static class PharmacyFirstValidator
{
    public static void Validate(IReadOnlyList<PharmacyFirstPathway> pathways, List<string> problems)
    {
        if (pathways.Count != RuleSetValidator.PharmacyFirstPathwayCount)
        {
            problems.Add($"pharmacyFirst must list the {RuleSetValidator.PharmacyFirstPathwayCount} national clinical pathways, not {pathways.Count}");
        }
        RuleSetValidator.Unique(pathways.Select(p => p.Id), "Pharmacy First pathway", problems);
        RuleSetValidator.Unique(pathways.Select(p => p.SnomedCode), "Pharmacy First SNOMED code", problems);
        foreach (var pathway in pathways) ValidatePathway(pathway, problems);
    }

    private static void ValidatePathway(PharmacyFirstPathway pathway, List<string> problems)
    {
        var name = $"Pharmacy First pathway '{pathway.Id}'";
        RuleSetValidator.Id(pathway.Id, "Pharmacy First pathway", problems);
        if (string.IsNullOrWhiteSpace(pathway.Name)) problems.Add(name + " needs a name");
        if (!pathway.SnomedCode.All(char.IsAsciiDigit) || pathway.SnomedCode.Length is < 6 or > 18) problems.Add($"{name} SNOMED code '{pathway.SnomedCode}' is not a SNOMED CT id");
        RuleSetValidator.Phrases(pathway.Phrases, name + " phrases", problems);
        RuleSetValidator.Ages(pathway.MinAgeYears, pathway.BelowAgeYears, name, problems);
        RuleSetValidator.Known(pathway.Sex, ["any", "female"], name + " sex", problems);
        RuleSetValidator.Known(pathway.PregnancyExclusion, RuleSetValidator.PregnancyExclusionValues, name + " pregnancyExclusion", problems);
        if (pathway.RecurrenceIn6Months is < 2 || pathway.RecurrenceIn12Months is < 2) problems.Add(name + " recurrence limits must be 2 episodes or more");
        if (pathway.MaxSymptomDays is <= 0) problems.Add(name + " maxSymptomDays must be a positive number of days");
        RuleSetValidator.Known(pathway.Urgency, Vocabulary.Urgencies, name + " urgency", problems);
        if (pathway.Urgency == Vocabulary.Emergency) problems.Add(name + " cannot have emergency urgency: emergencies never go to a pharmacy");
        RuleSetValidator.Modality(pathway.Modality, name, problems);
        if (string.IsNullOrWhiteSpace(pathway.Reason)) problems.Add(name + " needs a reason in plain words");
        RuleSetValidator.ValidatePhraseRule(pathway.NotEligible, name + " notEligible", problems, mustBeEmergency: false, needsPhrases: false);
        if (pathway.NotEligible.Destination == Vocabulary.CommunityPharmacy) problems.Add(name + " notEligible cannot send people to a pharmacy");
        foreach (var exclusion in pathway.Exclusions)
        {
            RuleSetValidator.ValidatePhraseRule(exclusion, name + " exclusion", problems, mustBeEmergency: false);
            if (exclusion.Destination == Vocabulary.CommunityPharmacy) problems.Add($"{name} exclusion '{exclusion.Id}' cannot send people to a pharmacy");
        }
    }
}

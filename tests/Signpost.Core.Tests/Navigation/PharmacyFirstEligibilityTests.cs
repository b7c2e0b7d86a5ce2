using Signpost.Core.Imports;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.Navigation;

/// <summary>Controls hazard H3: the rule set's Pharmacy First ages, sex and codes agree with the compiled national table.</summary>
public class PharmacyFirstEligibilityTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Data("navigation"), "pharmacy-first");

    [Fact]
    public void RuleSet_AgesAndSex_MatchTheCompiledEligibilityTable()
    {
        var rows = CsvFile.ReadAll(Path.Combine(Folder, "pharmacy_first_conditions_eligibility_compiled.csv"), ["snomed_code", "min_age_years", "max_age_years", "sex"]);
        var pathways = ShippedRules.Assessor.Rules.PharmacyFirst.ToDictionary(p => p.SnomedCode);

        Assert.Equal(7, rows.Count);
        foreach (var row in rows)
        {
            var pathway = pathways[row.Text("snomed_code")];
            var max = row.Text("max_age_years");
            Assert.Equal(decimal.Parse(row.Text("min_age_years"), System.Globalization.CultureInfo.InvariantCulture), pathway.MinAgeYears);
            Assert.Equal(max.Length == 0 ? null : decimal.Parse(max, System.Globalization.CultureInfo.InvariantCulture) + 1, pathway.BelowAgeYears);
            Assert.Equal(row.Text("sex"), pathway.Sex);
        }
    }

    [Fact]
    public void RuleSet_SnomedCodes_AreTheSevenClinicalPathwayConditions()
    {
        var codes = CsvFile.ReadAll(Path.Combine(Folder, "pharmacy_first_clinical_pathway_conditions_snomed.csv"), ["code", "term"]).Select(r => r.Text("code")).Order();

        Assert.Equal(codes, ShippedRules.Assessor.Rules.PharmacyFirst.Select(p => p.SnomedCode).Order());
    }
}

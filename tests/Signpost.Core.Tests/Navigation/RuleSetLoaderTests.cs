using System.Text.Json.Nodes;
using Signpost.Core.Navigation.Rules;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.Navigation;

/// <summary>Controls hazard H8 (the rule set changes without review or is broken): a bad file never loads.</summary>
public class RuleSetLoaderTests
{
    private static JsonObject Shipped() => JsonNode.Parse(File.ReadAllText(ShippedRules.Path))!.AsObject();

    private static RuleSetException Refused(JsonObject rules) =>
        Assert.Throws<RuleSetException>(() => RuleSetLoader.Parse(rules.ToJsonString(), "test-rules.json"));

    [Fact]
    public void Load_ShippedRuleSet_IsValidWithTheSevenPathways()
    {
        var rules = RuleSetLoader.Load(ShippedRules.Path);

        Assert.Equal("1.0.0", rules.Version);
        Assert.Equal(7, rules.PharmacyFirst.Count);
    }

    [Fact]
    public void Parse_UnknownUrgency_NamesTheRuleAndTheValue()
    {
        var rules = Shipped();
        rules["conditions"]![0]!["urgency"] = "whenever";

        var error = Refused(rules);

        Assert.Contains("condition 'kidney-infection' urgency 'whenever' is not one of", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MisspeltField_Refused()
    {
        var rules = Shipped();
        rules["redFlags"]![0]!.AsObject().Add("urgencyy", "urgent");

        var error = Refused(rules);

        Assert.Contains("urgencyy", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OnlySixPharmacyFirstPathways_Refused()
    {
        var rules = Shipped();
        rules["pharmacyFirst"]!.AsArray().RemoveAt(0);

        var error = Refused(rules);

        Assert.Contains("must list the 7 national clinical pathways, not 6", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EmergencyPhraseWithLowerUrgency_Refused()
    {
        var rules = Shipped();
        rules["emergencyPhrases"]![0]!["urgency"] = "urgent";

        var error = Refused(rules);

        Assert.Contains("emergency phrase 'chest-pain' is an emergency phrase, so its urgency must be emergency", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PathwayThatSendsExcludedPeopleToAPharmacy_Refused()
    {
        var rules = Shipped();
        var notEligible = rules["pharmacyFirst"]![0]!["notEligible"]!.AsObject();
        notEligible["destination"] = "community-pharmacy";
        notEligible.Remove("role");

        var error = Refused(rules);

        Assert.Contains("notEligible cannot send people to a pharmacy", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_GeneralPracticeWithoutRole_Refused()
    {
        var rules = Shipped();
        rules["conditions"]![0]!.AsObject().Remove("role");

        var error = Refused(rules);

        Assert.Contains("condition 'kidney-infection' role '(none)' is not one of", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BrokenJson_SaysWhichLine()
    {
        var error = Assert.Throws<RuleSetException>(() => RuleSetLoader.Parse("{\n  \"version\": \"1.0.0\",\n  oops\n}", "broken.json"));

        Assert.Contains("broken.json cannot be read at line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_SaysSo()
    {
        var error = Assert.Throws<RuleSetException>(() => RuleSetLoader.Load("/no/such/rules.json"));

        Assert.Contains("/no/such/rules.json does not exist", error.Message, StringComparison.Ordinal);
    }
}

using Signpost.Core.Navigation;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.Navigation;

public class NavigationAssessorTests
{
    private static Assessment Assess(string description, decimal age = 40, string sex = "female", bool? pregnant = null,
        string[]? redFlags = null, string? preference = null, string requestType = "medical", string? language = null) =>
        ShippedRules.Assessor.Assess(new AssessmentInput
        {
            AgeYears = age, Sex = sex, Pregnant = pregnant, Description = description, RedFlags = redFlags ?? [],
            PreferredModality = preference, RequestType = requestType, Language = language,
        });

    [Fact]
    public void Assess_RedFlagWithHarmlessWords_Emergency()
    {
        var result = Assess("sore throat", redFlags: ["chest-pain"]);

        Assert.Equal(("emergency", "emergency-services"), (result.Urgency, result.Destination.Type));
        Assert.Equal("red-flag/chest-pain", result.Reasons[0].RuleId);
    }

    [Fact]
    public void Assess_EmergencyAndPharmacyWords_EmergencyWins()
    {
        var result = Assess("Sore throat and chest pain");

        Assert.True(result.IsEmergency);
        Assert.Null(result.Destination.Pathway);
    }

    [Fact]
    public void Assess_ReasonsAndVersion_AreGiven()
    {
        var result = Assess("Sore throat for 3 days");

        Assert.Equal(("community-pharmacy", "acute-sore-throat"), (result.Destination.Type, result.Destination.Pathway));
        Assert.Equal("1.0.0", result.RuleSetVersion);
        Assert.Contains(result.Reasons, r => r.RuleId == "pharmacy-first/acute-sore-throat" && r.Text.Contains("Pharmacy First", StringComparison.Ordinal));
    }

    [Fact]
    public void Assess_PreferenceAllowed_Respected()
    {
        var result = Assess("Feeling low and anxious", preference: "video");

        Assert.Equal("video", result.Modality);
    }

    [Fact]
    public void Assess_PreferenceRuledOutByNeed_FaceToFaceWithReason()
    {
        var result = Assess("Earache", age: 6, sex: "male", preference: "phone");

        Assert.Equal("face-to-face", result.Modality);
        Assert.Contains(result.Reasons, r => r.RuleId == "modality/needed" && r.Text.Contains("otoscope", StringComparison.Ordinal));
    }

    [Fact]
    public void Assess_NegatedEmergencyWord_NotEmergencyButNotSelfCare()
    {
        var result = Assess("Runny nose, no chest pain");

        Assert.Equal(("soon", "general-practice"), (result.Urgency, result.Destination.Type));
        Assert.Contains(result.Reasons, r => r.RuleId == "negated/chest-pain");
    }

    [Fact]
    public void Assess_TextInAnotherScript_RaisedForAPersonToRead()
    {
        var result = Assess("گلے میں خراش", language: "ur");

        Assert.Equal("urgent", result.Urgency);
        Assert.Contains(result.Reasons, r => r.RuleId == "unscreened-text");
    }

    [Fact]
    public void Assess_AdminRequestWithRoutineSymptom_StaysWithAdminTeam()
    {
        var result = Assess("Fit note for my back pain", requestType: "fit-note");

        Assert.Equal(("routine", "admin-team"), (result.Urgency, result.Destination.Role));
    }

    [Fact]
    public void Assess_UnknownRedFlag_Refused()
    {
        Assert.Throws<ArgumentException>(() => Assess("x", redFlags: ["not-a-flag"]));
    }
}

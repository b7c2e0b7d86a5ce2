using Signpost.Core.Navigation;
using Signpost.Core.Navigation.Scenarios;
using Signpost.TestCommon;
using Xunit.Abstractions;

namespace Signpost.Core.Tests.Navigation;

/// <summary>Runs the written clinical cases. Controls hazards H1 (emergency under-triaged) and H3 (Pharmacy First outside eligibility).</summary>
public class ScenarioSuiteTests(ITestOutputHelper output)
{
    // The floor the suite must stay above; docs/benchmarks.md records the measured figure.
    private const double MinimumAccuracy = 0.90;
    private static readonly Lazy<ScenarioReport> Report = new(() => ScenarioSuite.Run(ScenarioSuite.Load(ShippedRules.ScenariosPath), ShippedRules.Assessor));

    [Fact]
    public void Suite_HasAtLeast150Cases()
    {
        Assert.True(Report.Value.Total >= 150, $"only {Report.Value.Total} cases");
    }

    [Fact]
    public void Suite_EveryExpectedEmergency_IsAssessedAsEmergency()
    {
        var missed = Report.Value.EmergenciesMissed;

        Assert.True(missed.Count == 0, "Emergencies routed below emergency:\n" + string.Join("\n", missed.Select(r => r.Describe())));
    }

    [Fact]
    public void Suite_CoversEveryRedFlagAndEveryPharmacyFirstPathway()
    {
        var ids = Report.Value.Results.Select(r => r.Scenario.Id).ToHashSet();
        var pathways = Report.Value.Results.Select(r => r.Scenario.Expected.Pathway).ToHashSet();

        Assert.All(ShippedRules.Assessor.Rules.RedFlags, f => Assert.Contains("red-flag-" + f.Id, ids));
        Assert.All(ShippedRules.Assessor.Rules.PharmacyFirst, p => Assert.Contains(p.Id, pathways));
    }

    [Fact]
    public void Suite_Accuracy_AtLeastTheFloor()
    {
        var report = Report.Value;
        foreach (var miss in report.Results.Where(r => !r.Matches)) output.WriteLine((miss.UnderTriaged ? "UNDER " : miss.OverTriaged ? "over  " : "other ") + miss.Describe());
        output.WriteLine($"{report.Matched}/{report.Total} matched ({report.Accuracy:P1}); urgency {report.UrgencyAccuracy:P1}; under {report.UnderTriaged}; over {report.OverTriaged}");

        Assert.True(report.Accuracy >= MinimumAccuracy, $"accuracy {report.Accuracy:P1} is below {MinimumAccuracy:P0}");
    }

    [Fact]
    public void Suite_PharmacyFirst_NeverOfferedWithAnEmergencyExpected()
    {
        var wrong = Report.Value.Results.Where(r => r.Scenario.Expected.Urgency == Vocabulary.Emergency && r.Actual.Destination.Pathway is not null);

        Assert.Empty(wrong);
    }
}

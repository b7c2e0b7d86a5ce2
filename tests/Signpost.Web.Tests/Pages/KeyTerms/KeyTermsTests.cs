using Signpost.TestCommon;

namespace Signpost.Web.Tests.Pages.KeyTerms;

public class KeyTermsTests
{
    [Fact]
    public async Task KeyTerms_Always_DefinesTheTermsTheBriefAsksFor()
    {
        await DirectoryTestData.EnsureSeededAsync();
        await using var factory = await SignpostWebFactory.CreateAsync();

        var page = await factory.CreateBrowserClient().GetDocumentAsync("/key-terms");

        var terms = page.QuerySelectorAll("main h2").Select(h => h.Id).ToList();
        Assert.Subset(terms.ToHashSet(), new HashSet<string?>
        {
            "general-practice", "primary-care", "primary-care-network", "same-day-primary-care", "urgent-care", "emergency-care",
            "multidisciplinary-team", "gp", "practice-nurse", "clinical-pharmacist", "first-contact-physiotherapist", "paramedic",
            "mental-health-practitioner", "care-coordinator", "social-prescribing-link-worker",
        });
    }
}

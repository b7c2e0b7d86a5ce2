using Signpost.Core.Translation;

namespace Signpost.Core.Tests.Translation;

public class TranslationGuardTests
{
    private const string English = "Call 999 or NHS 111, use the NHS App, ring 01582 497000, visit https://www.nhs.uk or write to help@nhs.net (LU1 2QP). Take paracetamol.";

    [Fact]
    public void Mask_ReplacesEveryProtectedToken()
    {
        var masked = new TranslationGuard().Mask(English);

        Assert.DoesNotContain("999", masked.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("paracetamol", masked.Text, StringComparison.Ordinal);
        Assert.Equal(["999", "NHS 111", "NHS App", "01582 497000", "https://www.nhs.uk", "help@nhs.net", "LU1 2QP", "paracetamol"], masked.Originals);
    }

    [Fact]
    public void Unmask_AllPlaceholdersBack_RestoresTheTokens()
    {
        var guard = new TranslationGuard();
        var masked = guard.Mask("Call 999 now.");

        var result = guard.Unmask("Call 999 now.", masked, masked.Text.Replace("Call", "Llame", StringComparison.Ordinal).Replace("now", "ahora", StringComparison.Ordinal));

        Assert.True(result.Accepted);
        Assert.Equal("Llame 999 ahora.", result.Text);
    }

    [Fact]
    public void Unmask_PlaceholderLost_Rejected()
    {
        var guard = new TranslationGuard();
        var masked = guard.Mask("Call 999 now.");

        var result = guard.Unmask("Call 999 now.", masked, "Llame ahora.");

        Assert.False(result.Accepted);
        Assert.Contains("“999” was lost", result.Problems);
    }

    [Theory]
    [InlineData("Llame al 911 o NHS 111, use la NHS App, 01582 497000, https://www.nhs.uk, help@nhs.net (LU1 2QP). Tome paracetamol.")]
    [InlineData("Llame al 999 o NHS 111, use la NHS App, 01582 497001, https://www.nhs.uk, help@nhs.net (LU1 2QP). Tome paracetamol.")]
    [InlineData("Llame al 999 o NHS 111, use la aplicación, 01582 497000, https://www.nhs.uk, help@nhs.net (LU1 2QP). Tome paracetamol.")]
    [InlineData("Llame al ٩٩٩ o NHS 111, use la NHS App, 01582 497000, https://www.nhs.uk, help@nhs.net (LU1 2QP). Tome paracetamol.")]
    [InlineData("Llame al 999 o NHS 111, use la NHS App, 01582 497000, https://www.nhs.uk, help@nhs.net (LU1 2QP). Tome paracetamolo.")]
    public void Check_AlteredOrMissingToken_Problem(string translation)
    {
        Assert.NotEmpty(new TranslationGuard().Check(English, translation));
    }

    [Fact]
    public void Check_EverythingKept_NoProblem()
    {
        var translation = "Llame al 999 o NHS 111, use la NHS App, 01582 497000, https://www.nhs.uk, help@nhs.net (LU1 2QP). Tome Paracetamol.";

        Assert.Empty(new TranslationGuard().Check(English, translation));
    }

    [Fact]
    public void Glossary_RequiredRendering_AppliedByMaskAndChecked()
    {
        var guard = new TranslationGuard([new GlossaryTerm { Language = "es", SourceTerm = "GP practice", Rendering = "consultorio médico" }]);
        var masked = guard.Mask("Ask your GP practice.");

        var result = guard.Unmask("Ask your GP practice.", masked, masked.Text.Replace("Ask your", "Pregunte en su", StringComparison.Ordinal));

        Assert.Equal("Pregunte en su consultorio médico.", result.Text);
        Assert.Contains("Use “consultorio médico” for “GP practice” (glossary)", guard.Check("Ask your GP practice.", "Pregunte a su médico."));
    }

    [Fact]
    public void Glossary_DoNotTranslate_IsProtected()
    {
        var guard = new TranslationGuard([new GlossaryTerm { Language = "pl", SourceTerm = "Pharmacy First" }, new GlossaryTerm { Language = "pl", SourceTerm = "Signpost" }]);

        Assert.NotEmpty(guard.Check("Signpost helps you.", "Drogowskaz ci pomaga."));
        Assert.Empty(guard.Check("Signpost helps you.", "Signpost ci pomaga."));
    }

    [Fact]
    public void Check_OrganisationNameGivenAsExtraTerm_MustBeKept()
    {
        var guard = new TranslationGuard(extraProtectedTerms: ["THE LIMES SURGERY"]);

        Assert.NotEmpty(guard.Check("Call The Limes Surgery.", "Llame a la cirugía Las Limas."));
        Assert.Empty(guard.Check("Call The Limes Surgery.", "Llame a The Limes Surgery."));
    }
}

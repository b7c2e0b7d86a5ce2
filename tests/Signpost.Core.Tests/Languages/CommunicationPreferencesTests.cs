using Signpost.Core.Languages;

namespace Signpost.Core.Tests.Languages;

public class CommunicationPreferencesTests
{
    [Fact]
    public void TryCreate_UrduWithInterpreterAndLargePrint_KeepsBothInCatalogueOrder()
    {
        var ok = CommunicationPreferences.TryCreate("UR", ["large-print", "interpreter", "interpreter"], out var preferences, out var errors);

        Assert.True(ok);
        Assert.Empty(errors);
        Assert.Equal("ur", preferences.LanguageCode);
        Assert.Equal([CommunicationNeed.Interpreter, CommunicationNeed.LargePrint], preferences.Needs);
    }

    [Fact]
    public void TryCreate_UnknownLanguage_ErrorOnTheLanguageField()
    {
        var ok = CommunicationPreferences.TryCreate("klingon", [], out _, out var errors);

        Assert.False(ok);
        Assert.Equal("Select a language from the list", errors[CommunicationPreferences.LanguageField]);
    }

    [Fact]
    public void TryCreate_UnknownNeed_ErrorOnTheNeedsField()
    {
        var ok = CommunicationPreferences.TryCreate("pl", ["telepathy"], out _, out var errors);

        Assert.False(ok);
        Assert.Equal("Select communication needs from the list", errors[CommunicationPreferences.NeedsField]);
    }

    [Fact]
    public void TryCreate_InterpreterForEnglish_AsksWhichLanguage()
    {
        var ok = CommunicationPreferences.TryCreate(null, [CommunicationNeed.Interpreter], out _, out var errors);

        Assert.False(ok);
        Assert.Equal("Select the language the interpreter should speak", errors[CommunicationPreferences.LanguageField]);
    }

    [Fact]
    public void TryCreate_EnglishWithBsl_IsValid()
    {
        Assert.True(CommunicationPreferences.TryCreate("en", [CommunicationNeed.BritishSignLanguage], out var preferences, out _));
        Assert.True(preferences.Has(CommunicationNeed.BritishSignLanguage));
    }
}

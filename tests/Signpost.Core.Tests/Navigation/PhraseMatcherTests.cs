using Signpost.Core.Navigation.Text;

namespace Signpost.Core.Tests.Navigation;

public class PhraseMatcherTests
{
    private static PhraseMatch Find(string text, string phrase, bool tolerant = true) =>
        new PhraseGroups([[phrase]]).Find(NormalisedText.From(text), tolerant);

    [Theory]
    [InlineData("I have no chest pain")]
    [InlineData("I don't have chest pain")]
    [InlineData("no cough or chest pain")]
    [InlineData("denies chest pain")]
    public void Find_PlainNegation_NegatedOnly(string text)
    {
        Assert.Equal(PhraseMatch.NegatedOnly, Find(text, "chest pain"));
    }

    [Theory]
    [InlineData("not sure if it is chest pain")]
    [InlineData("I don't know, chest pain maybe")]
    [InlineData("no fever and chest pain")]
    [InlineData("no fever, chest pain since lunch")]
    [InlineData("no fever but chest pain")]
    [InlineData("never had it before, chest pain now")]
    public void Find_UncertainOrCutOffNegation_Present(string text)
    {
        Assert.Equal(PhraseMatch.Present, Find(text, "chest pain"));
    }

    [Fact]
    public void Find_NegatedAndPresentMentions_Present()
    {
        Assert.Equal(PhraseMatch.Present, Find("No chest pain yesterday. Today chest pain again", "chest pain"));
    }

    [Theory]
    [InlineData("feeling sucidal", "suicid*")]
    [InlineData("I cant breath", "cant breath*")]
    [InlineData("having a seizrue", "seizure*")]
    [InlineData("Can’t breathe!", "cant breath*")]
    public void Find_TypingSlipOrApostrophe_Present(string text, string phrase)
    {
        Assert.Equal(PhraseMatch.Present, Find(text, phrase));
    }

    [Fact]
    public void Find_RealWordOneSlipAway_Absent()
    {
        Assert.Equal(PhraseMatch.Absent, Find("burnt my hand cooking", "choking"));
    }

    [Fact]
    public void Find_TypingSlipWhenNotTolerant_Absent()
    {
        Assert.Equal(PhraseMatch.Absent, Find("sore thraot", "sore throat", tolerant: false));
    }

    [Theory]
    [InlineData("pain in my chest", true)]
    [InlineData("pain in the middle of my chest", false)]
    [InlineData("pain in my leg. My chest is fine", false)]
    public void Find_GapOfUpToThreeWordsInOneSentence(string text, bool expected)
    {
        Assert.Equal(expected, Find(text, "pain ... chest") != PhraseMatch.Absent);
    }

    [Fact]
    public void Parse_GapAtTheEnd_Problem()
    {
        PhrasePattern.Parse("chest ...", out var problem);

        Assert.Equal("'...' must stand between two words", problem);
    }
}

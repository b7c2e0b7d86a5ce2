using Signpost.Core.Postcodes;

namespace Signpost.Core.Tests.Postcodes;

public class PostcodeFormatTests
{
    [Theory]
    [InlineData("lu12qp", "LU1 2QP")]
    [InlineData("LU1 2QP", "LU1 2QP")]
    [InlineData("  lu1   2qp ", "LU1 2QP")]
    [InlineData("mk9 3ee", "MK9 3EE")]
    [InlineData("EC1A1BB", "EC1A 1BB")]
    [InlineData("w1a0ax", "W1A 0AX")]
    public void Normalise_PostcodeInAnyCase_StandardForm(string input, string expected)
    {
        Assert.Equal(expected, PostcodeFormat.Normalise(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("LU1")]
    [InlineData("12345")]
    [InlineData("LU1 2QPX")]
    [InlineData("<script>")]
    [InlineData("LU1 2QP LU1 2QP LU1 2QP")]
    public void Normalise_NotAPostcode_Null(string? input)
    {
        Assert.Null(PostcodeFormat.Normalise(input));
    }
}

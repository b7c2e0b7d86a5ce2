using Signpost.Core.ServiceDirectory.Search.Memory;

namespace Signpost.Core.Tests.ServiceDirectory.Search.Memory;

public class TextLexemesTests
{
    [Theory]
    [InlineData("'blood' & 'test'", new[] { "blood", "test" })]
    [InlineData("'pharmaci'", new[] { "pharmaci" })]
    [InlineData("'o''neil' & 'x'", new[] { "o'neil", "x" })]
    [InlineData("'a\\\\b'", new[] { "a\\b" })]
    [InlineData("'test' & 'test'", new[] { "test" })]
    [InlineData("", new string[0])]
    public void Parse_AndOfLexemes_TheLexemes(string query, string[] expected) => Assert.Equal(expected, TextLexemes.Parse(query));

    [Theory]
    [InlineData("'sore' <-> 'throat'")]
    [InlineData("'a' | 'b'")]
    [InlineData("'a' & !'b'")]
    [InlineData("'a':*")]
    [InlineData("'unfinished")]
    [InlineData("( 'a' | 'b' ) & 'c'")]
    public void Parse_AnythingElse_Null(string query) => Assert.Null(TextLexemes.Parse(query));
}

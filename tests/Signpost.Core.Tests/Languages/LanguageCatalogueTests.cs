using Microsoft.VisualBasic.FileIO;
using Signpost.Core.Languages;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.Languages;

public class LanguageCatalogueTests
{
    [Fact]
    public void Default_HasOverOneHundredLanguages_EnglishFirst()
    {
        var all = LanguageCatalogue.Default.All;

        Assert.True(all.Count >= 100, $"only {all.Count} languages");
        Assert.Equal("en", all[0].Code);
    }

    [Fact]
    public void Default_OrderedByBlmkSpeakers()
    {
        var counted = LanguageCatalogue.Default.All.Skip(1).TakeWhile(l => l.BlmkSpeakers is not null).Select(l => l.BlmkSpeakers!.Value).ToList();

        Assert.True(counted.Count > 50);
        Assert.Equal(counted.OrderDescending(), counted);
        Assert.All(LanguageCatalogue.Default.All.Skip(1 + counted.Count), l => Assert.Null(l.BlmkSpeakers));
    }

    [Fact]
    public void Default_PolishCount_IsTheSumOfTheFourBlmkAuthoritiesInTheCensusFile()
    {
        var expected = SumCensusColumn("Main language (detailed): Other European language (EU): Polish");

        Assert.Equal(expected, LanguageCatalogue.Default.Find("pl")!.BlmkSpeakers);
    }

    [Theory]
    [InlineData("ur")]
    [InlineData("ar")]
    [InlineData("fa")]
    [InlineData("ps")]
    public void Default_RightToLeftLanguages_MarkedRtl(string code)
    {
        Assert.Equal("rtl", LanguageCatalogue.Default.Find(code)!.Dir);
    }

    [Theory]
    [InlineData(" PL ", "pl")]
    [InlineData("xx", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Find_TrimsAndIgnoresCase_NullWhenUnknown(string? asked, string? expected)
    {
        Assert.Equal(expected, LanguageCatalogue.Default.Find(asked)?.Code);
    }

    [Fact]
    public void Default_SignLanguageIsNotALanguage()
    {
        Assert.DoesNotContain(LanguageCatalogue.Default.All, l => l.EnglishName.Contains("Sign", StringComparison.OrdinalIgnoreCase) || l.Code is "bfi" or "sgn");
        Assert.Contains(CommunicationNeed.All, n => n.Code == CommunicationNeed.BritishSignLanguage);
    }

    [Fact]
    public void Load_UnknownCensusCategory_FailsWithTheLine()
    {
        var csv = "code,iso639_3,english_name,native_name,direction,census_category\nen,eng,English,English,ltr,Nonexistent\n";

        var error = Assert.Throws<InvalidDataException>(() => LanguageCatalogue.Load(new StringReader(csv), new Dictionary<string, int>()));

        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    private static int SumCensusColumn(string column)
    {
        using var parser = new TextFieldParser(Path.Combine(RepositoryPaths.Data("census2021"), "census2021-ts024-ltla_blmk.csv")) { TextFieldType = FieldType.Delimited };
        parser.SetDelimiters(",");
        var index = Array.IndexOf(parser.ReadFields()!, column);
        var sum = 0;
        while (!parser.EndOfData) sum += int.Parse(parser.ReadFields()![index], System.Globalization.CultureInfo.InvariantCulture);
        return sum;
    }
}

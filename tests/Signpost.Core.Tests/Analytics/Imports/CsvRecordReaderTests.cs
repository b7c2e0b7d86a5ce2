using Signpost.Core.Analytics.Imports;
using Signpost.Core.Imports;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.Analytics.Imports;

public class CsvRecordReaderTests
{
    [Fact]
    public void Read_QuotedFieldsWithCommasAndQuotes_SplitAsRfc4180()
    {
        using var csv = new CsvRecordReader(AnalyticsTestData.WriteCsv("q.csv", "a,\"b, c\",\"say \"\"hi\"\"\",", "x"));

        Assert.True(csv.Read());

        Assert.Equal(4, csv.FieldCount);
        Assert.Equal("b, c", csv.Text(1));
        Assert.Equal("say \"hi\"", csv.Text(2));
        Assert.Equal("", csv.Text(3));
    }

    [Fact]
    public void Read_QuotedFieldOverTwoLines_OneRecordAndTheNextLineNumberIsRight()
    {
        using var csv = new CsvRecordReader(AnalyticsTestData.WriteCsv("m.csv", "h1,h2", "1,\"two", "lines\"", "", "3,4"));
        csv.Read();

        csv.Read();
        var multi = csv.Text(1);
        csv.Read();

        Assert.Equal("two\nlines", multi);
        Assert.Equal(5, csv.Line);
    }

    [Fact]
    public void Read_UnclosedQuote_ReportsTheLine()
    {
        using var csv = new CsvRecordReader(AnalyticsTestData.WriteCsv("u.csv", "h1,h2", "1,\"never closed"));
        csv.Read();

        var error = Assert.Throws<ImportException>(() => csv.Read());

        Assert.Equal(2, error.Line);
    }
}

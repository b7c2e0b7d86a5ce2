using System.Text;
using Microsoft.VisualBasic.FileIO;
using Signpost.Core.Analytics.Measures;
using Signpost.Core.Imports;
using Signpost.TestCommon;
using static Signpost.TestCommon.AnalyticsTestData;

namespace Signpost.Core.Tests.Analytics.Measures;

public class PracticeDataMeasuresTests
{
    [Fact]
    public async Task OnlineConsultationsAsync_Pcn_SubmissionsAndRateMatchTheRawCsv()
    {
        await using var dataSource = await FreshDatabaseAsync("oc_measure");
        await new ReferenceDataImporter(dataSource, TimeProvider.System).ImportAsync(RepositoryPaths.Data("blmk"));
        var path = RealFile("online_consultations", "*.csv");
        await ImportsFor(dataSource).ImportAsync("online-consultations", path);
        var raw = Rows(path).Where(r => r["PCN Code"] == "U15644" && r["Month"] == "2025-06-01").ToList();

        var months = await new PracticeDataMeasures(dataSource).OnlineConsultationsAsync(await new AnalyticsAreas(dataSource).ResolveAsync("U15644"));

        var june = Assert.Single(months, m => m.Month == "2025-06");
        Assert.Equal(raw.Sum(r => long.Parse(r["Submissions"], System.Globalization.CultureInfo.InvariantCulture)), june.Submissions);
        var patients = raw.Sum(r => long.Parse(r["Registered Patient Count"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(raw.Sum(r => long.Parse(r["Clinical Submissions"], System.Globalization.CultureInfo.InvariantCulture)) * 1000.0 / patients,
            june.ClinicalPerThousand!.Value, 9);
    }

    [Fact]
    public async Task TelephonyAsync_AllAreas_AnsweredAndMissedMatchTheRawCsv()
    {
        await using var dataSource = await FreshDatabaseAsync("tel_measure");
        var path = RealFile("telephony", "*call_outcomes*.csv");
        await ImportsFor(dataSource).ImportAsync("telephony", path);
        var raw = Rows(path).Where(r => r["Month"] == "2025-10-01").ToList();

        var months = await new PracticeDataMeasures(dataSource).TelephonyAsync(AreaSelection.All);

        var october = Assert.Single(months, m => m.Month == "2025-10");
        Assert.Equal(raw.Sum(r => long.Parse(r["Answered | Total"], System.Globalization.CultureInfo.InvariantCulture)), october.Answered);
        Assert.Equal(raw.Sum(r => long.Parse(r["Missed | Total"], System.Globalization.CultureInfo.InvariantCulture)), october.Missed);
    }

    private static IEnumerable<Dictionary<string, string>> Rows(string path)
    {
        using var parser = new TextFieldParser(path, Encoding.UTF8) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        while (!parser.EndOfData)
        {
            var fields = parser.ReadFields()!;
            yield return header.Select((h, i) => (h, fields[i])).ToDictionary(p => p.h, p => p.Item2);
        }
    }
}

using Signpost.Core.Imports;
using static Signpost.TestCommon.AnalyticsTestData;

namespace Signpost.Core.Tests.Analytics.Imports;

public class NationalPracticeFilesTests
{
    [Fact]
    public async Task ImportAsync_RealCoverageFile_SixtyMonthsOfM1J4Y()
    {
        await using var dataSource = await FreshDatabaseAsync("cov_real");

        var result = await ImportsFor(dataSource).ImportAsync("gpad-coverage", RealFile("gpad", "*coverage*.csv"));

        Assert.Equal(60, result.Rows);
        Assert.Equal(1040732L, await ScalarAsync(dataSource, "select patients_included from gpad_coverage where sub_icb_code = 'M1J4Y' and month = '2020-08-01'"));
    }

    [Fact]
    public async Task ImportAsync_RealRegisteredPatients_BlmkTotalOfOctober2025()
    {
        await using var dataSource = await FreshDatabaseAsync("reg_real");

        await ImportsFor(dataSource).ImportAsync("registered-patients", RealFile("registered_patients", "*.csv"));

        Assert.Equal(1149790L, await ScalarAsync(dataSource, "select sum(patients) from registered_patients where extract_date = '2025-10-01'"));
    }

    [Fact]
    public async Task ImportAsync_RealOnlineConsultations_EveryRowWithItsTypes()
    {
        await using var dataSource = await FreshDatabaseAsync("oc_real");

        var result = await ImportsFor(dataSource).ImportAsync("online-consultations", RealFile("online_consultations", "*.csv"));

        Assert.Equal(1898, result.Rows);
        Assert.Equal(0L, await ScalarAsync(dataSource,
            "select count(*) from online_consultation_submissions where submissions <> clinical_submissions + administrative_submissions + other_submissions"));
    }

    [Theory]
    [InlineData("*call_outcomes*", "telephony-outcomes", "telephony_call_outcomes")]
    [InlineData("*answered*", "telephony-answered", "telephony_answered_waits")]
    [InlineData("*missed*", "telephony-missed", "telephony_missed_waits")]
    public async Task ImportAsync_RealTelephonyTables_EachRecognisedByItsHeader(string pattern, string kind, string table)
    {
        await using var dataSource = await FreshDatabaseAsync("tel_real");

        var result = await ImportsFor(dataSource).ImportAsync("telephony", RealFile("telephony", pattern));

        Assert.Equal(kind, result.Kind);
        Assert.Equal(384L, await ScalarAsync(dataSource, $"select count(*) from {table}"));
    }

    [Fact]
    public async Task ImportAsync_TelephonyFileOfAnotherLayout_SaysSo()
    {
        await using var dataSource = await FreshDatabaseAsync("tel_bad");
        var path = WriteCsv("calls.csv", "Month,GP Practice (ODS_CODE),Calls", "2025-10-01,E81002,10");

        var error = await Assert.ThrowsAsync<ImportException>(() => ImportsFor(dataSource).ImportAsync("telephony", path));

        Assert.Contains("not one of the cloud based telephony tables", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_SamePracticeMonthTwice_ReportsTheSecondLine()
    {
        await using var dataSource = await FreshDatabaseAsync("reg_dup");
        var path = WriteCsv("patients.csv", "PUBLICATION,EXTRACT_DATE,TYPE,SUB_ICB_LOCATION_CODE,ONS_SUB_ICB_LOCATION_CODE,CODE,POSTCODE,SEX,AGE,NUMBER_OF_PATIENTS",
            "GP_PRAC_PAT_LIST,2025-10-01,GP,M1J4Y,E38000249,E81002,MK45 2SB,ALL,ALL,10217",
            "GP_PRAC_PAT_LIST,2025-10-01,GP,M1J4Y,E38000249,E81002,MK45 2SB,ALL,ALL,10218");

        var error = await Assert.ThrowsAsync<ImportException>(() => ImportsFor(dataSource).ImportAsync("registered-patients", path));

        Assert.Equal(3, error.Line);
        Assert.Equal(0L, await ScalarAsync(dataSource, "select count(*) from registered_patients"));
    }
}

using Signpost.Core.Imports;
using static Signpost.TestCommon.AnalyticsTestData;

namespace Signpost.Core.Tests.Analytics.Imports;

public class GpadPracticeImporterTests
{
    public const string Header = "APPOINTMENT_MONTH_START_DATE,GP_CODE,GP_NAME,SUPPLIER,PCN_CODE,PCN_NAME,SUB_ICB_LOCATION_CODE,SUB_ICB_LOCATION_NAME,HCP_TYPE,APPT_MODE,NATIONAL_CATEGORY,TIME_BETWEEN_BOOK_AND_APPT,COUNT_OF_APPOINTMENTS,APPT_STATUS";

    public static string Row(string month, string practice, string pcn, string mode, string category, string time, int count, string status = "Attended") =>
        $"{month},{practice},\"PRACTICE {practice}, TOWN\",EMIS,{pcn},{pcn} PCN,M1J4Y,NHS BLMK,GP,{mode},{category},{time},{count},{status}";

    [Fact]
    public async Task ImportAsync_Crosstab_SummaryMatchesTheRowsByPractice()
    {
        await using var dataSource = await FreshDatabaseAsync("prac_sum");
        var path = WriteCsv("practice.csv", Header,
            Row("01MAR2024", "E81002", "U83511", "Face-to-Face", "General Consultation Acute", "Same Day", 30),
            Row("01MAR2024", "E81002", "U83511", "Telephone", "Clinical Triage", "1 Day", 20, "DNA"),
            Row("01MAR2024", "E81003", "U15644", "Video/Online", "Walk-in", "Same Day", 5));

        var result = await ImportsFor(dataSource).ImportAsync("gpad-practice", path);

        Assert.Equal(3, result.Rows);
        Assert.Equal(50L, await ScalarAsync(dataSource, "select appointments from gpad_month_summary where source = 'practice' and area_code = 'E81002'"));
        Assert.Equal(20L, await ScalarAsync(dataSource, "select by_status[2] from gpad_month_summary where area_code = 'E81002'"));
        Assert.Equal(20L, await ScalarAsync(dataSource, "select by_national_category[3] from gpad_month_summary where area_code = 'E81002'"));
        Assert.Equal(5L, await ScalarAsync(dataSource, "select by_national_category[16] from gpad_month_summary where area_code = 'E81003'"));
        Assert.Equal(0L, await ScalarAsync(dataSource, """
            select count(*) from gpad_month_summary s
            where s.source = 'practice' and s.appointments <> (select sum(appointments) from gpad_practice_appointments d where d.practice_code = s.area_code and d.month = s.month)
            """));
    }

    [Fact]
    public async Task ImportAsync_UnknownNationalCategory_ReportsFileAndLine()
    {
        await using var dataSource = await FreshDatabaseAsync("prac_cat");
        var path = WriteCsv("practice_cat.csv", Header,
            Row("01MAR2024", "E81002", "U83511", "Face-to-Face", "General Consultation Acute", "Same Day", 30),
            Row("01MAR2024", "E81002", "U83511", "Face-to-Face", "Tea and Sympathy", "Same Day", 1));

        var error = await Assert.ThrowsAsync<ImportException>(() => ImportsFor(dataSource).ImportAsync("gpad-practice", path));

        Assert.Equal("practice_cat.csv", error.FileName);
        Assert.Equal(3, error.Line);
        Assert.Contains("NATIONAL_CATEGORY \"Tea and Sympathy\"", error.Message, StringComparison.Ordinal);
        Assert.Equal(0L, await ScalarAsync(dataSource, "select count(*) from gpad_practice_appointments"));
    }

    [Fact]
    public async Task ImportAsync_MonthNotFirstOfMonth_ReportsTheLine()
    {
        await using var dataSource = await FreshDatabaseAsync("prac_month");
        var path = WriteCsv("practice_month.csv", Header, Row("15MAR2024", "E81002", "U83511", "Face-to-Face", "Walk-in", "Same Day", 30));

        var error = await Assert.ThrowsAsync<ImportException>(() => ImportsFor(dataSource).ImportAsync("gpad-practice", path));

        Assert.Equal(2, error.Line);
        Assert.Contains("first day of a month", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_RevisedMonthForOnePractice_ReplacesOnlyThatPracticeMonth()
    {
        await using var dataSource = await FreshDatabaseAsync("prac_revise");
        var imports = ImportsFor(dataSource);
        await imports.ImportAsync("gpad-practice", WriteCsv("march.csv", Header,
            Row("01MAR2024", "E81002", "U83511", "Face-to-Face", "Walk-in", "Same Day", 30),
            Row("01MAR2024", "E81003", "U15644", "Face-to-Face", "Walk-in", "Same Day", 10)));

        await imports.ImportAsync("gpad-practice", WriteCsv("march_revised.csv", Header,
            Row("01MAR2024", "E81002", "U83511", "Face-to-Face", "Walk-in", "Same Day", 35)));

        Assert.Equal(45L, await ScalarAsync(dataSource, "select sum(appointments) from gpad_practice_appointments"));
        Assert.Equal(45L, await ScalarAsync(dataSource, "select sum(appointments) from gpad_month_summary where source = 'practice'"));
        Assert.Equal(45L, await ScalarAsync(dataSource, "select appointments from gpad_month_summary where source = 'practice-sub-icb' and area_code = 'M1J4Y'"));
    }
}

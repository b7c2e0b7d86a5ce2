using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using Signpost.Core.Accounts;
using Signpost.TestCommon;

namespace Signpost.Web.Tests.Pages.Staff.Analytics;

public class ImportsPageTests
{
    [Fact]
    public async Task Import_RealTelephonyFile_ImportedAndAudited()
    {
        var database = await TestDatabase.GetAsync();
        var manager = await TestData.AddStaffUserAsync(database, StaffRoles.Manager);
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = await factory.SignedInClientAsync(manager.Email);

        var page = await UploadAsync(client, "telephony", AnalyticsTestData.RealFile("telephony", "*missed*.csv"));

        Assert.Contains("imported", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1L, await AnalyticsTestData.ScalarAsync(database.DataSource,
            $"select count(*) from audit_log where actor = '{manager.Email}' and action in ('analytics.file-imported', 'analytics.import-skipped')"));
    }

    [Fact]
    public async Task Import_BadRow_ShowsFileAndLineAndImportsNothing()
    {
        var database = await TestDatabase.GetAsync();
        var manager = await TestData.AddStaffUserAsync(database, StaffRoles.Manager);
        await using var factory = await SignpostWebFactory.CreateAsync();
        var client = await factory.SignedInClientAsync(manager.Email);
        var code = $"T{Random.Shared.Next(10000, 99999)}";
        var path = AnalyticsTestData.WriteCsv("coverage_bad.csv",
            "SUB_ICB_LOCATION_CODE,ICB_ONS_CODE,REGION_CODE,Appointment_Month,Included Practices,Open Practices,Patients registered at included practices,Patients registered at open practices",
            $"{code},E54000024,E40000007,01AUG2020,97,98,1040732,1040732",
            $"{code},E54000024,E40000007,01SEP2020,ninety,99,1041286,1041286");

        var page = await UploadAsync(client, "gpad-coverage", path);

        Assert.Contains("coverage_bad.csv, line 3", page.QuerySelector(".nhsuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0L, await AnalyticsTestData.ScalarAsync(database.DataSource, $"select count(*) from gpad_coverage where sub_icb_code = '{code}'"));
    }

    private static async Task<IHtmlDocument> UploadAsync(HttpClient client, string kind, string path)
    {
        var form = await client.GetDocumentAsync("/staff/analytics/imports");
        var token = form.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(kind), "Kind" },
        };
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(path));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "Upload", Path.GetFileName(path));
        var response = await client.PostAsync(new Uri("/staff/analytics/imports", UriKind.Relative), content);
        return await WebTestHelpers.ParseAsync(response);
    }
}

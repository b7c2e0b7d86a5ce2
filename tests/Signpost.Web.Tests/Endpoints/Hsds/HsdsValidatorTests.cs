using System.Text.Json;
using Signpost.TestCommon;

namespace Signpost.Web.Tests.Endpoints.Hsds;

public class HsdsValidatorTests
{
    private static string SchemaFolder => Path.Combine(AppContext.BaseDirectory, "Endpoints", "Hsds", "Schemas");

    [Fact]
    public async Task OrukValidatorChecks_AgainstTheRunningApi_NoErrorsAndNoWarnings()
    {
        await DirectoryTestData.EnsureSeededAsync();
        await using var factory = await SignpostWebFactory.CreateAsync();
        var validator = new OrukValidator(factory.CreateClient(), SchemaFolder);

        await validator.RunAsync("/api/hsds");

        Assert.Empty(validator.Errors);
        Assert.Empty(validator.Warnings);
        Assert.True(validator.Calls > 40, $"only {validator.Calls} calls were made");
    }

    [Fact]
    public void SchemaCheck_ServiceWithoutStatus_ReportsTheMissingProperty()
    {
        var service = JsonDocument.Parse("""{"id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","name":"A service"}""").RootElement;

        var errors = JsonSchemaCheck.Validate(service, Schema("service.json"));

        Assert.Contains(errors, e => e.Contains("\"status\"", StringComparison.Ordinal));
    }

    [Fact]
    public void SchemaCheck_IdNotAUuidAndStatusNotInTheList_ReportsBoth()
    {
        var service = JsonDocument.Parse("""{"id":"E81003","name":"A service","status":"open"}""").RootElement;

        var errors = JsonSchemaCheck.Validate(service, Schema("service.json"));

        Assert.Contains(errors, e => e.StartsWith("$.id", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("$.status", StringComparison.Ordinal));
    }

    [Fact]
    public void SchemaCheck_PageWithoutPageFields_ReportsThem()
    {
        var page = JsonDocument.Parse("""{"contents":[]}""").RootElement;

        var errors = JsonSchemaCheck.Validate(page, Schema("service_list.json"));

        Assert.Contains(errors, e => e.Contains("\"total_items\"", StringComparison.Ordinal));
    }

    [Fact]
    public void SchemaCheck_NestedLocationWithNullName_ReportsTheType()
    {
        var service = JsonDocument.Parse("""
            {"id":"3fa85f64-5717-4562-b3fc-2c963f66afa6","name":"A","status":"active",
             "service_at_locations":[{"id":"3fa85f64-5717-4562-b3fc-2c963f66afa7","location":{"id":"3fa85f64-5717-4562-b3fc-2c963f66afa8","location_type":"physical","name":null}}]}
            """).RootElement;

        var errors = JsonSchemaCheck.Validate(service, Schema("service.json"));

        Assert.Contains(errors, e => e.StartsWith("$.service_at_locations[0].location.name", StringComparison.Ordinal));
    }

    private static JsonElement Schema(string file) => JsonDocument.Parse(File.ReadAllText(Path.Combine(SchemaFolder, file))).RootElement;
}

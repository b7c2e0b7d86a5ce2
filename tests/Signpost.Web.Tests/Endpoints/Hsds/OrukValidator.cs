using System.Diagnostics;
using System.Text.Json;

namespace Signpost.Web.Tests.Endpoints.Hsds;

/// <summary>
/// The Open Referral UK validator's checks (../shared/reference/interop.md) run against an HSDS API:
/// 1. GET {base}/ answers and names the version or its OpenAPI document; 2. every collection endpoint is called (a
/// failing required endpoint is an error, an optional one a warning); 3. each {id} endpoint with up to 10 ids from
/// the collections; 4. every 2xx body is validated against the endpoint's schema; 5. paged endpoints: first page
/// (empty = warning), the middle page when there are more than 2, and the last page; 6. an average response slower
/// than 5 seconds is a warning.
/// </summary>
public sealed class OrukValidator(HttpClient client, string schemaFolder)
{
    private static readonly (string Path, string ListSchema, string ItemSchema)[] Collections =
    [
        ("/services", "service_list.json", "service.json"),
        ("/service_at_locations", "service_at_location_list.json", "service_at_location.json"),
        ("/organizations", "organization_list.json", "organization.json"),
        ("/taxonomies", "taxonomy_list.json", "taxonomy.json"),
        ("/taxonomy_terms", "taxonomy_term_list.json", "taxonomy_term.json"),
    ];

    private readonly List<TimeSpan> timings = [];

    public List<string> Errors { get; } = [];
    public List<string> Warnings { get; } = [];
    public int Calls => timings.Count;

    public async Task RunAsync(string basePath)
    {
        var details = await GetAsync(basePath + "/", "api_details.json", required: true);
        if (details is { } d && !d.TryGetProperty("openapi_url", out _) && !(d.TryGetProperty("version", out var v) && v.GetString()!.StartsWith("3.0", StringComparison.Ordinal)))
        {
            Errors.Add("GET / names neither the HSDS version nor the OpenAPI document");
        }
        foreach (var (path, listSchema, itemSchema) in Collections)
        {
            var required = !IsOptional(path);
            var ids = await CheckPagesAsync(basePath + path, listSchema, required);
            foreach (var id in ids.Take(10)) await GetAsync($"{basePath}{path}/{id}", itemSchema, required);
        }
        if (timings.Count > 0 && timings.Average(t => t.TotalSeconds) > 5) Warnings.Add($"average response {timings.Average(t => t.TotalSeconds):0.0}s is over 5 seconds");
    }

    private async Task<List<string>> CheckPagesAsync(string url, string listSchema, bool required)
    {
        var first = await GetAsync(url, listSchema, required);
        if (first is not { } page) return [];
        var ids = page.GetProperty("contents").EnumerateArray().Select(c => c.GetProperty("id").GetString()!).ToList();
        if (ids.Count == 0) Warnings.Add($"{url}: the first page is empty");
        var pages = page.GetProperty("total_pages").GetInt32();
        if (pages > 2) await GetAsync($"{url}?page={(pages + 1) / 2}", listSchema, required);
        if (pages > 1) await GetAsync($"{url}?page={pages}", listSchema, required);
        return ids;
    }

    private async Task<JsonElement?> GetAsync(string url, string schemaFile, bool required)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        timings.Add(watch.Elapsed);
        if (!response.IsSuccessStatusCode)
        {
            (required ? Errors : Warnings).Add($"{url}: answered {(int)response.StatusCode}");
            return null;
        }
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        foreach (var error in ValidateBody(body, schemaFile)) (required ? Errors : Warnings).Add($"{url}: {error}");
        return body;
    }

    private List<string> ValidateBody(JsonElement body, string schemaFile)
    {
        var schema = Schema(schemaFile);
        if (!schemaFile.EndsWith("_list.json", StringComparison.Ordinal) || schema.TryGetProperty("properties", out var p) && p.TryGetProperty("contents", out _))
        {
            return JsonSchemaCheck.Validate(body, schema);
        }
        // organization_list.json is an item schema: check the page object with the Page definition, then each item.
        var errors = JsonSchemaCheck.Validate(body, PageOnly());
        var i = 0;
        foreach (var item in body.GetProperty("contents").EnumerateArray())
        {
            var index = i++;
            errors.AddRange(JsonSchemaCheck.Validate(item, schema).Select(e => e.Replace("$", $"$.contents[{index}]", StringComparison.Ordinal)));
        }
        return errors;
    }

    private JsonElement PageOnly()
    {
        var allOf = Schema("service_list.json").GetProperty("allOf").GetRawText();
        return JsonDocument.Parse($$"""{"allOf":{{allOf}}}""").RootElement;
    }

    private bool IsOptional(string path)
    {
        var openApi = Schema("open_api.json");
        return openApi.GetProperty("paths").TryGetProperty(path, out var item) && item.GetProperty("get").TryGetProperty("tags", out var tags)
            && tags.EnumerateArray().Any(t => t.GetString() == "Optional");
    }

    private JsonElement Schema(string file) => JsonDocument.Parse(File.ReadAllText(Path.Combine(schemaFolder, file))).RootElement;
}

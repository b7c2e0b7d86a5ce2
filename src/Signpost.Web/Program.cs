using Signpost.Core.Analytics;
using Signpost.Web.Endpoints;
using Signpost.Web.Endpoints.Fhir;
using Signpost.Web.Infrastructure;
using Signpost.Web.Languages;

var builder = WebApplication.CreateBuilder(args);
builder.AddSignpostOptions();
builder.Services.AddSignpostDatabase(builder.Configuration);
builder.Services.AddSignpostSecurity(builder.Environment);
builder.Services.AddSignpostPages();
builder.Services.AddSignpostHealthChecks();
builder.Services.AddSignpostLanguages();
builder.AddNavigation();
builder.Services.AddDirectory(builder.Configuration);
builder.Services.AddBooking(builder.Configuration);
builder.Services.AddAnalytics();

var app = builder.Build();
await app.MigrateDatabaseAsync();
await app.LoadShippedTranslationsAsync();
app.UseSignpostPipeline();
app.MapSignpostHealth();
app.MapLanguagesApi();
app.MapNavigationApi();
app.MapRequestsApi();
app.MapDirectoryApis();
app.MapFhirApi();
app.MapAnalyticsEndpoints();
app.MapRazorPages();
app.Run();

/// <summary>The entry point, visible to the in-process test host.</summary>
public partial class Program;

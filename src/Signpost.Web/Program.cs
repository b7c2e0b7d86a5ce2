using Signpost.Core.Analytics;
using Signpost.Web.Endpoints;
using Signpost.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddSignpostOptions();
builder.Services.AddSignpostDatabase(builder.Configuration);
builder.Services.AddSignpostSecurity(builder.Environment);
builder.Services.AddSignpostPages();
builder.Services.AddSignpostHealthChecks();
builder.Services.AddAnalytics();

var app = builder.Build();
await app.MigrateDatabaseAsync();
app.UseSignpostPipeline();
app.MapSignpostHealth();
app.MapAnalyticsEndpoints();
app.MapRazorPages();
app.Run();

/// <summary>The entry point, visible to the in-process test host.</summary>
public partial class Program;

using Signpost.Web.Endpoints;
using Signpost.Web.Endpoints.Fhir;
using Signpost.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddSignpostOptions();
builder.Services.AddSignpostDatabase(builder.Configuration);
builder.Services.AddSignpostSecurity(builder.Environment);
builder.Services.AddSignpostPages();
builder.Services.AddSignpostHealthChecks();
builder.Services.AddBooking(builder.Configuration);

var app = builder.Build();
await app.MigrateDatabaseAsync();
app.UseSignpostPipeline();
app.MapSignpostHealth();
app.MapFhirApi();
app.MapRazorPages();
app.Run();

/// <summary>The entry point, visible to the in-process test host.</summary>
public partial class Program;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Analytics.Measures;

namespace Signpost.Web.Pages.Staff.Analytics.Appointments;

public class IndexModel(AppointmentReports reports, AnalyticsAreas areas) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Area { get; set; }

    public AppointmentReport? Report { get; private set; }
    public IReadOnlyList<AreaOption> AreaOptions { get; private set; } = [];
    public string? Empty { get; private set; }

    /// <summary>The filters as a query string, for the JSON and CSV links.</summary>
    public string Query => QueryString.Create(new Dictionary<string, string?> { ["from"] = From, ["to"] = To, ["area"] = Area }
        .Where(p => !string.IsNullOrWhiteSpace(p.Value))).ToUriComponent();

    public string CsvUrl(string table) => $"/staff/analytics/appointments.csv{Query}{(Query.Length == 0 ? "?" : "&")}table={table}";

    public string JsonUrl => "/staff/analytics/appointments.json" + Query;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        AreaOptions = await areas.OptionsAsync(cancellationToken);
        try
        {
            Report = await reports.BuildAsync(Area, From, To, cancellationToken);
        }
        catch (AnalyticsInputException e) when (e.Message.StartsWith("There are no GPAD", StringComparison.Ordinal))
        {
            Empty = e.Message;
        }
        catch (AnalyticsInputException e)
        {
            ModelState.AddModelError(char.ToUpperInvariant(e.Field[0]) + e.Field[1..], e.Message);
        }
    }
}

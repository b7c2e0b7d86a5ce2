using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Analytics.Equity;
using Signpost.Core.Analytics.Measures;

namespace Signpost.Web.Pages.Staff.Analytics.Equity;

public class IndexModel(EquityPeriod period, AnalyticsAreas areas) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Dimension { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Area { get; set; }

    public EquityReport? Report { get; private set; }
    public IReadOnlyList<AreaOption> AreaOptions { get; private set; } = [];

    public string Query => QueryString.Create(new Dictionary<string, string?> { ["dimension"] = Dimension, ["from"] = From, ["to"] = To, ["area"] = Area }
        .Where(p => !string.IsNullOrWhiteSpace(p.Value))).ToUriComponent();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        AreaOptions = await areas.OptionsAsync(cancellationToken);
        try
        {
            Report = await period.BuildAsync(Dimension, From, To, Area, cancellationToken);
        }
        catch (AnalyticsInputException e)
        {
            ModelState.AddModelError(char.ToUpperInvariant(e.Field[0]) + e.Field[1..], e.Message);
        }
    }
}

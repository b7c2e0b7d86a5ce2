using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Analytics.Measures;

namespace Signpost.Web.Pages.Staff.Analytics.Daily;

public class IndexModel(DailyMeasures daily, AnalyticsAreas areas) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Month { get; set; }
    [BindProperty(SupportsGet = true)] public string? Area { get; set; }

    public DailyReport? Report { get; private set; }

    /// <summary>The areas the daily file answers for: the ICB and its sub-ICB locations (and all areas).</summary>
    public IReadOnlyList<AreaOption> AreaOptions { get; private set; } = [];
    public string? Empty { get; private set; }

    public string Query => QueryString.Create(new Dictionary<string, string?> { ["month"] = Month, ["area"] = Area }
        .Where(p => !string.IsNullOrWhiteSpace(p.Value))).ToUriComponent();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        AreaOptions = [.. (await areas.OptionsAsync(cancellationToken)).Where(o => o.Kind is AreaKinds.Icb or AreaKinds.SubIcb)];
        try
        {
            Report = await daily.BuildAsync(Month, Area, cancellationToken);
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

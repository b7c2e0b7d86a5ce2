using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Analytics.Measures;

namespace Signpost.Web.Pages.Staff.Analytics.PracticeData;

public class IndexModel(AnalyticsAreas areas, PracticeDataMeasures measures) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Area { get; set; }

    public IReadOnlyList<AreaOption> AreaOptions { get; private set; } = [];
    public AreaSelection? Selection { get; private set; }
    public IReadOnlyList<OnlineConsultationMonth> OnlineConsultations { get; private set; } = [];
    public IReadOnlyList<TelephonyMonth> Telephony { get; private set; } = [];

    public string Query => string.IsNullOrWhiteSpace(Area) ? "" : "?area=" + Uri.EscapeDataString(Area);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        AreaOptions = await areas.OptionsAsync(cancellationToken);
        try
        {
            Selection = await areas.ResolveAsync(Area, cancellationToken);
        }
        catch (AnalyticsInputException e)
        {
            ModelState.AddModelError(nameof(Area), e.Message);
            return;
        }
        OnlineConsultations = await measures.OnlineConsultationsAsync(Selection, cancellationToken);
        Telephony = await measures.TelephonyAsync(Selection, cancellationToken);
    }
}

using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Data;
using Signpost.Core.Navigation.Capacity;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Pages.Staff.PracticeSettings;

/// <summary>A manager sets a practice's online medical hours and daily cap. Changes are audited.</summary>
public class IndexModel(SignpostDb db, AuditLog audit, PracticeList practices, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Practice { get; set; }
    [BindProperty] public string? Opens { get; set; } = "08:00";
    [BindProperty] public string? Closes { get; set; } = "18:30";
    [BindProperty] public string? Cap { get; set; }

    public IReadOnlyList<KeyValuePair<string, string>> Practices { get; private set; } = [];
    public bool Saved { get; private set; }

    public async Task OnGetAsync()
    {
        Practices = await practices.ActiveAsync(HttpContext.RequestAborted);
        if (Practice is not null && await db.PracticeNavigationSettings.FindAsync([Practice], HttpContext.RequestAborted) is { } current)
        {
            (Opens, Closes, Cap) = (current.OnlineOpens.ToString("HH:mm", CultureInfo.InvariantCulture), current.OnlineCloses.ToString("HH:mm", CultureInfo.InvariantCulture), current.DailyOnlineMedicalCap?.ToString(CultureInfo.InvariantCulture));
        }
    }

    public async Task OnPostAsync()
    {
        Practices = await practices.ActiveAsync(HttpContext.RequestAborted);
        if (!Practices.Any(p => p.Key == Practice)) ModelState.AddModelError(nameof(Practice), "Select a practice");
        var opens = Time(Opens, nameof(Opens));
        var closes = Time(Closes, nameof(Closes));
        if (opens is not null && closes is not null && closes <= opens) ModelState.AddModelError(nameof(Closes), "The closing time must be after the opening time");
        int? cap = null;
        if (!string.IsNullOrWhiteSpace(Cap))
        {
            if (int.TryParse(Cap, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= 100000) cap = value;
            else ModelState.AddModelError(nameof(Cap), "Enter the cap as a whole number, like 40, or leave it empty");
        }
        if (!ModelState.IsValid) return;
        var settings = await db.PracticeNavigationSettings.FindAsync([Practice], HttpContext.RequestAborted);
        var before = settings is null ? null : new { settings.OnlineOpens, settings.OnlineCloses, settings.DailyOnlineMedicalCap };
        if (settings is null) db.PracticeNavigationSettings.Add(settings = new PracticeNavigationSettings { PracticeOdsCode = Practice!, UpdatedBy = User.Email() });
        (settings.OnlineOpens, settings.OnlineCloses, settings.DailyOnlineMedicalCap) = (opens!.Value, closes!.Value, cap);
        (settings.UpdatedAt, settings.UpdatedBy) = (clock.GetUtcNow(), User.Email());
        audit.Record(AuditActor.User(User.Email(), ClientAddress.Of(HttpContext)), "practice-navigation-settings.changed", "gp-practice", Practice,
            new { before, after = new { opens, closes, cap } });
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        Saved = true;
    }

    private TimeOnly? Time(string? text, string field)
    {
        if (TimeOnly.TryParseExact(text?.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)) return time;
        ModelState.AddModelError(field, "Enter a time like 08:00 or 18:30");
        return null;
    }
}

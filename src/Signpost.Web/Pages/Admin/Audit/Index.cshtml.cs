using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Data;

namespace Signpost.Web.Pages.Admin.Audit;

public class IndexModel(SignpostDb db) : PageModel
{
    public const int PageSize = 200;

    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }
    [BindProperty(SupportsGet = true)] public string? Action { get; set; }
    [BindProperty(SupportsGet = true)] public string? Record { get; set; }
    [BindProperty(SupportsGet = true)] public string? On { get; set; }
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public static string UkTime(DateTimeOffset at) => Signpost.Core.Time.UkTime.ToLocal(at).ToString("d MMM yyyy HH:mm:ss", CultureInfo.GetCultureInfo("en-GB"));

    public async Task OnGetAsync()
    {
        var query = db.AuditLog.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Actor)) query = query.Where(e => EF.Functions.ILike(e.Actor, Like(Actor)));
        if (!string.IsNullOrWhiteSpace(Action)) query = query.Where(e => EF.Functions.ILike(e.Action, Like(Action)));
        if (!string.IsNullOrWhiteSpace(Record)) query = query.Where(e => e.EntityType == Record.Trim() || e.EntityId == Record.Trim());
        if (!string.IsNullOrWhiteSpace(On))
        {
            if (DateOnly.TryParseExact(On.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                var start = Signpost.Core.Time.UkTime.StartOfDay(day);
                var end = Signpost.Core.Time.UkTime.StartOfDay(day.AddDays(1));
                query = query.Where(e => e.At >= start && e.At < end);
            }
            else
            {
                ModelState.AddModelError(nameof(On), "Enter a real date, like 2026-11-21");
                return;
            }
        }
        Entries = await query.OrderByDescending(e => e.Id).Take(PageSize).ToListAsync();
    }

    private static string Like(string text) =>
        "%" + text.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";

}

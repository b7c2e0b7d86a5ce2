using Microsoft.EntityFrameworkCore;
using Signpost.Core.Booking;
using Signpost.Core.Data;

namespace Signpost.Web.Pages.Staff.Booking;

/// <summary>The choices on the booking form: practices (active, and any with booking sites), sites, roles, modalities, urgencies.</summary>
public sealed record BookingChoices(IReadOnlyList<(string Value, string Text)> Practices, IReadOnlyList<(string Value, string Text)> Sites)
{
    public static readonly IReadOnlyList<(string Value, string Text)> Roles = [("", "Select a role"), .. MdtRoles.Names.Select(r => (r.Key, r.Value))];
    public static readonly IReadOnlyList<(string Value, string Text)> ModalityOptions = [("", "Any way"), .. Modalities.Names.Select(m => (m.Key, m.Value))];
    public static readonly IReadOnlyList<(string Value, string Text)> Urgencies = [("", "Select how soon"), .. UrgencyTimeFrames.Names.Select(u => (u.Key, u.Value))];

    public IReadOnlySet<string> PracticeCodes => Practices.Select(p => p.Value).Where(v => v.Length > 0).ToHashSet();

    public static async Task<BookingChoices> LoadAsync(SignpostDb db, CancellationToken cancellationToken)
    {
        var practices = await db.GpPractices.AsNoTracking().Where(p => p.StatusCode == "A" && p.PrescribingSetting == 4)
            .OrderBy(p => p.Name).Select(p => new { p.OdsCode, p.Name }).ToListAsync(cancellationToken);
        var sites = await db.BookingSites.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);
        var known = practices.Select(p => p.OdsCode).ToHashSet();
        var list = new List<(string, string)> { ("", "Select a practice") };
        list.AddRange(practices.Select(p => (p.OdsCode, $"{p.Name} ({p.OdsCode})")));
        list.AddRange(sites.Where(s => s.PracticeCode is not null && !known.Contains(s.PracticeCode)).DistinctBy(s => s.PracticeCode)
            .Select(s => (s.PracticeCode!, $"{s.Name} ({s.PracticeCode})")));
        var siteOptions = new List<(string, string)> { ("", "Any site that fits") };
        siteOptions.AddRange(sites.Select(s => (s.Id.ToString(), s.IsHub ? $"{s.Name} (PCN hub)" : s.Name)));
        return new BookingChoices(list, siteOptions);
    }
}

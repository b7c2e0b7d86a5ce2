using Microsoft.EntityFrameworkCore;
using Signpost.Core.Data;

namespace Signpost.Web.Infrastructure;

/// <summary>The active BLMK GP practices for the request form's list (code → "Name, postcode").</summary>
public class PracticeList(SignpostDb db)
{
    public async Task<IReadOnlyList<KeyValuePair<string, string>>> ActiveAsync(CancellationToken cancellationToken) =>
        (await db.GpPractices.Where(p => p.StatusCode == "A" && p.PrescribingSetting == 4).OrderBy(p => p.Name)
            .Select(p => new { p.OdsCode, p.Name, p.Postcode }).ToListAsync(cancellationToken))
        .Select(p => new KeyValuePair<string, string>(p.OdsCode, $"{p.Name}, {p.Postcode}")).ToList();
}

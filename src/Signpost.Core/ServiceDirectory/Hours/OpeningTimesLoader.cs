using Microsoft.EntityFrameworkCore;
using Signpost.Core.Data;

namespace Signpost.Core.ServiceDirectory.Hours;

/// <summary>Loads the opening times of several services in two queries.</summary>
public class OpeningTimesLoader(SignpostDb db, BankHolidayCalendar calendar)
{
    public async Task<Dictionary<Guid, OpeningTimes>> LoadAsync(IReadOnlyCollection<Guid> serviceIds, CancellationToken cancellationToken = default)
    {
        var holidays = await calendar.GetAsync(cancellationToken);
        var bands = await db.Set<OpeningBand>().AsNoTracking().Where(b => serviceIds.Contains(b.ServiceId)).ToListAsync(cancellationToken);
        var exceptions = await db.Set<DatedHours>().AsNoTracking().Where(e => serviceIds.Contains(e.ServiceId)).ToListAsync(cancellationToken);
        var bandsBy = bands.ToLookup(b => b.ServiceId);
        var exceptionsBy = exceptions.ToLookup(e => e.ServiceId);
        return serviceIds.Distinct().ToDictionary(id => id, id => new OpeningTimes(bandsBy[id], exceptionsBy[id], holidays));
    }
}

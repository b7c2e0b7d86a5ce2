using Microsoft.EntityFrameworkCore;
using Signpost.Core.Data;
using Signpost.Core.ServiceDirectory.Hours;

namespace Signpost.Core.ServiceDirectory;

/// <summary>Loads a service with its organisation, locations, contacts, languages, terms and opening times.</summary>
public class ServiceDetailsQuery(SignpostDb db, OpeningTimesLoader hours)
{
    public async Task<ServiceDetails?> LoadAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var service = await db.DirectoryServices.AsNoTracking().AsSplitQuery()
            .Include(s => s.Organisation)
            .Include(s => s.ServiceAtLocations).ThenInclude(x => x.Location)
            .Include(s => s.Contacts)
            .Include(s => s.Languages)
            .Include(s => s.Taxonomy)
            .SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (service is null) return null;
        var termIds = service.Taxonomy.Select(t => t.TermId).ToList();
        var terms = await db.TaxonomyTerms.AsNoTracking().Where(t => termIds.Contains(t.Id)).OrderBy(t => t.SortOrder).ToListAsync(cancellationToken);
        var times = await hours.LoadAsync([id], cancellationToken);
        var locations = service.ServiceAtLocations.Select(x => x.Location!).OrderBy(l => l.Name).ToList();
        return new ServiceDetails(service, service.Organisation!, locations, terms, times[id]);
    }
}

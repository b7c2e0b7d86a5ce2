using Microsoft.EntityFrameworkCore;
using Signpost.Core.Data;
using Signpost.Core.Translation;

namespace Signpost.Core.ServiceDirectory;

/// <summary>
/// Registers the directory's text in the translation memory (see docs/language.md), inside the caller's
/// transaction: after the seed step for everything, after an edit for the services it changed. A field whose
/// English changed keeps its translations, which become stale.
/// </summary>
public class DirectoryTextRegistration(SignpostDb db, TimeProvider clock)
{
    private readonly TranslationMemory memory = new(db, clock);

    public async Task<int> RegisterAllAsync(CancellationToken cancellationToken = default)
    {
        var units = await ServiceUnitsAsync(null, cancellationToken);
        units.AddRange((await db.TaxonomyTerms.AsNoTracking().ToListAsync(cancellationToken)).SelectMany(DirectoryTextUnits.ForTerm));
        units.AddRange((await db.KeyTerms.AsNoTracking().ToListAsync(cancellationToken)).SelectMany(DirectoryTextUnits.ForKeyTerm));
        units.AddRange((await db.DirectoryOrganisations.AsNoTracking().Where(o => o.Description != "").ToListAsync(cancellationToken))
            .Select(DirectoryTextUnits.OrganisationDescription));
        units.AddRange((await db.DirectoryLocations.AsNoTracking().Where(l => l.AccessibilityNotes != null && l.AccessibilityNotes != "").ToListAsync(cancellationToken))
            .Select(DirectoryTextUnits.AccessibilityNotes));
        var changed = 0;
        foreach (var batch in units.Chunk(2000)) changed += await memory.RegisterAsync(batch, cancellationToken);
        return changed;
    }

    public async Task<int> RegisterServicesAsync(IReadOnlyCollection<Guid> serviceIds, CancellationToken cancellationToken = default)
    {
        var units = await ServiceUnitsAsync(serviceIds, cancellationToken);
        var locationIds = await db.ServiceAtLocations.Where(x => serviceIds.Contains(x.ServiceId)).Select(x => x.LocationId).ToListAsync(cancellationToken);
        units.AddRange((await db.DirectoryLocations.AsNoTracking().Where(l => locationIds.Contains(l.Id) && l.AccessibilityNotes != null && l.AccessibilityNotes != "")
            .ToListAsync(cancellationToken)).Select(DirectoryTextUnits.AccessibilityNotes));
        return await memory.RegisterAsync(units, cancellationToken);
    }

    private async Task<List<UnitSource>> ServiceUnitsAsync(IReadOnlyCollection<Guid>? ids, CancellationToken cancellationToken)
    {
        var codes = DirectoryTextUnits.EmergencyTermCodes.ToArray();
        var emergencyTerms = await db.TaxonomyTerms.Where(t => codes.Contains(t.Code)).Select(t => t.Id).ToListAsync(cancellationToken);
        var query = db.DirectoryServices.AsNoTracking().AsSplitQuery().Include(s => s.Contacts).Include(s => s.OpeningExceptions).Include(s => s.Taxonomy).AsQueryable();
        if (ids is not null) query = query.Where(s => ids.Contains(s.Id));
        var services = await query.ToListAsync(cancellationToken);
        return services.SelectMany(s => DirectoryTextUnits.ForService(s, s.Taxonomy.Any(t => emergencyTerms.Contains(t.TermId)))).ToList();
    }
}

using Microsoft.EntityFrameworkCore;
using Signpost.Core.Data;

namespace Signpost.Core.ServiceDirectory.Seeding;

/// <summary>Adds the organisations, locations and services of the reference data that the directory lacks.</summary>
public sealed class ReferenceRecords(SignpostDb db, ReferenceDirectoryBuilder build, KnownKeys known)
{
    public async Task AddMissingAsync(CancellationToken cancellationToken)
    {
        var practices = await db.GpPractices.AsNoTracking().Where(p => p.StatusCode == "A" && p.PrescribingSetting == 4).OrderBy(p => p.OdsCode).ToListAsync(cancellationToken);
        foreach (var p in practices)
        {
            var (organisation, location) = Place(p.OdsCode, "gp-practice", p.Name, p.AddressLines, p.Postcode, p.Latitude, p.Longitude);
            Add("gp:" + p.OdsCode, () => build.Practice(p, organisation, location));
        }
        var pcns = await db.Pcns.AsNoTracking().Where(p => p.CloseDate == null).OrderBy(p => p.Code).ToListAsync(cancellationToken);
        foreach (var p in pcns)
        {
            var (organisation, location) = Place(p.Code, "pcn", p.Name, p.AddressLines, p.Postcode, p.Latitude, p.Longitude);
            Add("pcn-extended-access:" + p.Code, () => build.PcnEnhancedAccess(p, organisation, location));
        }
        var pharmacies = await db.Pharmacies.AsNoTracking().Where(p => p.StatusCode == "A").OrderBy(p => p.OdsCode).ToListAsync(cancellationToken);
        foreach (var p in pharmacies)
        {
            var (organisation, location) = Place(p.OdsCode, "pharmacy", p.Name, p.AddressLines, p.Postcode, p.Latitude, p.Longitude);
            Add("pharmacy:" + p.OdsCode, () => build.Pharmacy(p, organisation, location));
            Add("pharmacy-first:" + p.OdsCode, () => build.PharmacyFirst(p, organisation, location));
        }
    }

    /// <summary>The organisation and its location, added when missing (the built objects carry the stable ids either way).</summary>
    private (DirectoryOrganisation, DirectoryLocation) Place(string code, string kind, string name, IEnumerable<string> address,
        string postcode, double? latitude, double? longitude)
    {
        var organisation = build.Organisation(code, kind, name);
        var location = build.Location(organisation, address, postcode, latitude, longitude);
        if (known.Organisations.Add(organisation.SourceKey)) db.DirectoryOrganisations.Add(organisation);
        if (known.Locations.Add(location.SourceKey)) db.DirectoryLocations.Add(location);
        return (organisation, location);
    }

    private void Add(string key, Func<DirectoryService> create)
    {
        if (known.Services.Add(key)) db.DirectoryServices.Add(create());
    }
}

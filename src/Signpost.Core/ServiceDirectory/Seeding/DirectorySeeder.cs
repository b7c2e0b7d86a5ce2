using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Data;
using Signpost.Core.Imports;

namespace Signpost.Core.ServiceDirectory.Seeding;

/// <summary>
/// Builds the directory from the reference data and data/directory: bank holidays, the taxonomy, key terms, an
/// organisation with located services for every active practice, PCN and pharmacy, and the flagged demo
/// content. Safe to run again: it adds only what is missing (so editors' changes stay), updates the shipped
/// taxonomy, glossary and bank holidays, and retires services whose organisation has closed. All in one
/// transaction, under an advisory lock so that two instances never seed at once.
/// </summary>
public class DirectorySeeder(SignpostDb db, TimeProvider clock)
{
    public const long LockKey = 0x5167_6E70_6469_72;

    public async Task<DirectorySeedReport> SeedAsync(string directory, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(directory)) throw new ImportException(directory, null, "the folder does not exist");
        var holidays = DirectoryContentFiles.BankHolidays(directory);
        var taxonomy = DirectoryContentFiles.Taxonomy(directory);
        var keyTerms = DirectoryContentFiles.KeyTerms(directory);
        var demo = DirectoryContentFiles.Demo(directory);
        var now = clock.GetUtcNow();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync($"select pg_advisory_xact_lock({LockKey})", cancellationToken);
        await new ContentUpserts(db).RunAsync(holidays, taxonomy, keyTerms, cancellationToken);
        var termIds = await db.TaxonomyTerms.ToDictionaryAsync(t => t.Code, t => t.Id, cancellationToken);
        var known = new KnownKeys(
            await db.DirectoryOrganisations.Select(o => o.SourceKey).ToHashSetAsync(cancellationToken),
            await db.DirectoryLocations.Select(l => l.SourceKey).ToHashSetAsync(cancellationToken),
            await db.DirectoryServices.Select(s => s.SourceKey).ToHashSetAsync(cancellationToken));
        var before = known.Counts();

        await new ReferenceRecords(db, new ReferenceDirectoryBuilder(termIds, now), known).AddMissingAsync(cancellationToken);
        await AddDemoAsync(demo, termIds, known, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var retired = await RetireClosedAsync(now, cancellationToken);
        await DirectorySearchIndex.RefreshAllAsync(db, cancellationToken);

        var after = known.Counts();
        var report = new DirectorySeedReport(after.Organisations - before.Organisations, after.Locations - before.Locations,
            after.Services - before.Services, retired, holidays.Count, taxonomy.Count, keyTerms.Count, after.Services);
        if (report.ServicesCreated > 0 || retired > 0 || report.OrganisationsCreated > 0)
        {
            new AuditLog(db, clock).Record(AuditActor.System, "directory.seeded", "directory", null, report);
            await db.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return report;
    }

    private async Task AddDemoAsync(DemoContent demo, Dictionary<string, Guid> termIds, KnownKeys known, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var postcodes = demo.Locations.Select(l => l.Postcode).ToList();
        var points = await db.Postcodes.Where(p => postcodes.Contains(p.Postcode) && p.Latitude != null)
            .ToDictionaryAsync(p => p.Postcode, p => (p.Latitude!.Value, p.Longitude!.Value), cancellationToken);
        var builder = new DemoDirectoryBuilder(termIds, points,
            key => known.Organisations.Contains(key) || demo.Organisations.Any(o => o.Key == key) ? StableId.For(key) : null,
            key => known.Locations.Contains(key) || demo.Locations.Any(l => l.Key == key) ? StableId.For(key) : null, now);
        foreach (var o in demo.Organisations.Where(o => known.Organisations.Add(o.Key))) db.DirectoryOrganisations.Add(builder.Organisation(o));
        foreach (var l in demo.Locations.Where(l => known.Locations.Add(l.Key))) db.DirectoryLocations.Add(builder.Location(l));
        foreach (var s in demo.Services.Where(s => known.Services.Add(s.Key))) db.DirectoryServices.Add(builder.Service(s));
    }

    /// <summary>Marks inactive the seeded services of practices, pharmacies and PCNs that are no longer open.</summary>
    private async Task<int> RetireClosedAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync($"""
            update directory_services s set status = 'inactive', updated_at = {now}, version = version + 1
            where s.status = 'active' and (
                (s.source_key like 'gp:%' and not exists (select 1 from gp_practices p
                    where p.ods_code = split_part(s.source_key, ':', 2) and p.status_code = 'A' and p.prescribing_setting = 4))
                or ((s.source_key like 'pharmacy:%' or s.source_key like 'pharmacy-first:%') and not exists (select 1 from pharmacies p
                    where p.ods_code = split_part(s.source_key, ':', 2) and p.status_code = 'A'))
                or (s.source_key like 'pcn-extended-access:%' and not exists (select 1 from pcns p
                    where p.code = split_part(s.source_key, ':', 2) and p.close_date is null)))
            """, cancellationToken);
}

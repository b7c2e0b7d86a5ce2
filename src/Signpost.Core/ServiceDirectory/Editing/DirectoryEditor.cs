using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Data;
using Signpost.Core.ServiceDirectory.Hours;

namespace Signpost.Core.ServiceDirectory.Editing;

/// <summary>
/// Creates, edits and verifies services. Each change is one transaction: the change, its audit entry (with the
/// values before and after) and the refreshed search entries. A stale version (someone else saved first) is refused.
/// </summary>
public class DirectoryEditor(SignpostDb db, AuditLog audit, TimeProvider clock)
{
    public const string EntityType = "directory-service";

    public async Task<Guid> CreateAsync(Guid organisationId, ServiceEdit edit, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var organisation = await db.DirectoryOrganisations.Include(o => o.Locations).SingleOrDefaultAsync(o => o.Id == organisationId, cancellationToken)
            ?? throw new DirectoryEditException("Select an organisation from the list");
        var now = clock.GetUtcNow();
        var id = Guid.CreateVersion7();
        var service = new DirectoryService { Id = id, OrganisationId = organisation.Id, SourceKey = "editor:" + id, Name = edit.Name, CreatedAt = now, UpdatedAt = now };
        if (organisation.Locations.OrderBy(l => l.Name).FirstOrDefault() is { } location)
        {
            service.ServiceAtLocations.Add(new ServiceAtLocation { Id = Guid.CreateVersion7(), ServiceId = id, LocationId = location.Id });
        }
        db.DirectoryServices.Add(service);
        var locationLoaded = organisation.Locations.OrderBy(l => l.Name).FirstOrDefault();
        Apply(service, edit, locationLoaded);
        audit.Record(actor, "directory-service.created", EntityType, id.ToString(), new { after = ServiceSnapshot.Of(service, await TermCodesAsync(cancellationToken), locationLoaded?.Accessibility) });
        await SaveAsync([id], cancellationToken);
        return id;
    }

    public async Task UpdateAsync(Guid id, int version, ServiceEdit edit, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var service = await LoadAsync(id, version, cancellationToken);
        var location = service.ServiceAtLocations.Select(x => x.Location).OrderBy(l => l!.Name).FirstOrDefault();
        var codes = await TermCodesAsync(cancellationToken);
        var before = ServiceSnapshot.Of(service, codes, location?.Accessibility.ToList());
        Apply(service, edit, location);
        service.UpdatedAt = clock.GetUtcNow();
        service.Version++;
        audit.Record(actor, "directory-service.updated", EntityType, id.ToString(), new { before, after = ServiceSnapshot.Of(service, codes, location?.Accessibility) });
        var affected = location is null ? [id] : await db.ServiceAtLocations.Where(x => x.LocationId == location.Id).Select(x => x.ServiceId).ToListAsync(cancellationToken);
        await SaveAsync(affected.Append(id).Distinct().ToList(), cancellationToken);
    }

    public async Task VerifyAsync(Guid id, int version, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var service = await LoadAsync(id, version, cancellationToken);
        var before = new { service.LastVerifiedOn, service.LastVerifiedBy };
        service.LastVerifiedOn = LondonTime.Today(clock);
        service.LastVerifiedBy = actor.Name;
        service.UpdatedAt = clock.GetUtcNow();
        service.Version++;
        audit.Record(actor, "directory-service.verified", EntityType, id.ToString(), new { before, after = new { service.LastVerifiedOn, service.LastVerifiedBy } });
        await SaveAsync([id], cancellationToken);
    }

    private async Task<DirectoryService> LoadAsync(Guid id, int version, CancellationToken cancellationToken)
    {
        var service = await db.DirectoryServices.AsSplitQuery()
            .Include(s => s.ServiceAtLocations).ThenInclude(x => x.Location)
            .Include(s => s.Contacts).Include(s => s.Languages).Include(s => s.Taxonomy).Include(s => s.OpeningBands).Include(s => s.OpeningExceptions)
            .SingleOrDefaultAsync(s => s.Id == id, cancellationToken) ?? throw new DirectoryEditException("This service no longer exists");
        if (service.Version != version) throw new DirectoryEditException("Someone else changed this service after you opened it. Check their change, then make yours again.");
        return service;
    }

    private static void Apply(DirectoryService s, ServiceEdit e, DirectoryLocation? location)
    {
        (s.Name, s.Description, s.HowToAccess, s.ReferralFrom, s.Eligibility) = (e.Name, e.Description, e.HowToAccess, e.ReferralFrom, e.Eligibility);
        (s.MinimumAge, s.MaximumAge, s.Status, s.Url, s.Email) = (e.MinimumAge, e.MaximumAge, e.Status, e.Url, e.Email);
        (s.HoursSource, s.HoursNote, s.ProfessionalNotes) = (e.HoursSource, e.HoursNote, e.ProfessionalNotes);
        s.AccessMethods = [.. e.AccessMethods];
        s.Contacts.RemoveAll(c => c.Kind == "phone");
        if (e.PublicPhone is { } pub) s.Contacts.Add(Phone(s.Id, pub, e.PublicPhoneLabel, ServiceContact.Public, 0));
        if (e.ProfessionalPhone is { } pro) s.Contacts.Add(Phone(s.Id, pro, e.ProfessionalPhoneLabel, ServiceContact.Professional, 1));
        s.Languages.RemoveAll(l => !e.Languages.Contains(l.LanguageCode));
        s.Languages.AddRange(e.Languages.Where(code => s.Languages.All(l => l.LanguageCode != code)).Select(code => new ServiceLanguage { ServiceId = s.Id, LanguageCode = code }));
        s.Taxonomy.RemoveAll(t => !e.TermIds.Contains(t.TermId));
        s.Taxonomy.AddRange(e.TermIds.Where(id => s.Taxonomy.All(t => t.TermId != id)).Select(id => new ServiceTaxonomy { ServiceId = s.Id, TermId = id }));
        s.OpeningBands.Clear();
        s.OpeningBands.AddRange(e.Bands.Select(b => new OpeningBand { ServiceId = s.Id, Day = b.Day, OpensMinute = b.OpensMinute, ClosesMinute = b.ClosesMinute }));
        s.OpeningExceptions.Clear();
        s.OpeningExceptions.AddRange(e.Exceptions.Select(x => new DatedHours { ServiceId = s.Id, OnDate = x.OnDate, OpensMinute = x.OpensMinute, ClosesMinute = x.ClosesMinute, Note = x.Note }));
        if (location is not null && e.Accessibility is { } facilities) location.Accessibility = [.. facilities];
    }

    private static ServiceContact Phone(Guid serviceId, string number, string label, string audience, int order) =>
        new() { Id = Guid.CreateVersion7(), ServiceId = serviceId, Kind = "phone", Value = number, Label = label, Audience = audience, SortOrder = order };

    private Task<Dictionary<Guid, string>> TermCodesAsync(CancellationToken cancellationToken) =>
        db.TaxonomyTerms.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Code, cancellationToken);

    private async Task SaveAsync(IReadOnlyCollection<Guid> refresh, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DirectoryEditException("Someone else changed this service after you opened it. Check their change, then make yours again.");
        }
        catch (DbUpdateException e) when (e.InnerException is Npgsql.PostgresException { SqlState: "23514" or "23505" or "23503" })
        {
            throw new DirectoryEditException("The change could not be saved because it breaks a rule of the directory. Check the ages, hours and language codes.");
        }
        await DirectorySearchIndex.RefreshAsync(db, refresh, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}

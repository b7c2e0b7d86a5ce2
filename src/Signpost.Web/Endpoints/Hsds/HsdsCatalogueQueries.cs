using Microsoft.EntityFrameworkCore;
using Signpost.Core.Data;
using Signpost.Core.ServiceDirectory;
using Signpost.Web.Endpoints.Hsds.Model;

namespace Signpost.Web.Endpoints.Hsds;

/// <summary>The HSDS organizations, taxonomies and taxonomy terms.</summary>
public class HsdsCatalogueQueries(SignpostDb db)
{
    public async Task<HsdsPage<HsdsOrganization>> OrganizationsAsync(HsdsQuery q, CancellationToken cancellationToken)
    {
        var (items, page) = await HsdsPaging.PageAsync<DirectoryOrganisation, HsdsOrganization>(
            db.DirectoryOrganisations.AsNoTracking().OrderBy(o => o.Name).ThenBy(o => o.Id), q, cancellationToken);
        return page(items.Select(o => HsdsMapper.Organization(o) with { OrganizationIdentifiers = null }).ToList());
    }

    public async Task<HsdsOrganization?> OrganizationAsync(Guid id, CancellationToken cancellationToken)
    {
        var organisation = await db.DirectoryOrganisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken);
        if (organisation is null) return null;
        var services = await db.DirectoryServices.AsNoTracking().Where(s => s.OrganisationId == id).OrderBy(s => s.Name).ToListAsync(cancellationToken);
        var mapper = new HsdsMapper(new Dictionary<Guid, TaxonomyTerm>(), "", new Dictionary<string, string?>());
        return HsdsMapper.Organization(organisation) with { Services = services.Select(mapper.Summary).ToList() };
    }

    public async Task<HsdsPage<HsdsTaxonomy>> TaxonomiesAsync(HsdsQuery q, CancellationToken cancellationToken)
    {
        var (items, page) = await HsdsPaging.PageAsync<Taxonomy, HsdsTaxonomy>(db.Taxonomies.AsNoTracking().OrderBy(t => t.Name).ThenBy(t => t.Id), q, cancellationToken);
        return page(items.Select(Taxonomy).ToList());
    }

    public async Task<HsdsTaxonomy?> TaxonomyAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Taxonomies.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken) is { } t ? Taxonomy(t) : null;

    public async Task<HsdsPage<HsdsTaxonomyTerm>> TaxonomyTermsAsync(HsdsQuery q, CancellationToken cancellationToken)
    {
        var terms = db.TaxonomyTerms.AsNoTracking();
        if (q.TaxonomyId is { } taxonomy) terms = terms.Where(t => t.TaxonomyId == taxonomy);
        if (q.ParentId is { } parent) terms = terms.Where(t => t.ParentId == parent);
        if (q.TopOnly) terms = terms.Where(t => t.ParentId == null);
        var mapper = await MapperAsync(cancellationToken);
        var (items, page) = await HsdsPaging.PageAsync<TaxonomyTerm, HsdsTaxonomyTerm>(terms.OrderBy(t => t.SortOrder).ThenBy(t => t.Id), q, cancellationToken);
        return page(items.Select(mapper.Term).ToList());
    }

    public async Task<HsdsTaxonomyTerm?> TaxonomyTermAsync(Guid id, CancellationToken cancellationToken)
    {
        var term = await db.TaxonomyTerms.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        return term is null ? null : (await MapperAsync(cancellationToken)).Term(term);
    }

    private async Task<HsdsMapper> MapperAsync(CancellationToken cancellationToken)
    {
        var name = await db.Taxonomies.AsNoTracking().Select(t => t.Name).FirstOrDefaultAsync(cancellationToken) ?? "Signpost";
        return new HsdsMapper(new Dictionary<Guid, TaxonomyTerm>(), name, new Dictionary<string, string?>());
    }

    private static HsdsTaxonomy Taxonomy(Taxonomy t) => new(t.Id, t.Name, t.Description, t.Uri, t.Version);
}

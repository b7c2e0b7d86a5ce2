using Microsoft.EntityFrameworkCore;
using Signpost.Core.Data;
using Signpost.Core.Imports;

namespace Signpost.Core.ServiceDirectory.Seeding;

/// <summary>Brings the shipped bank holidays, taxonomy and key terms up to date (they are owned by the files, not editors).</summary>
public sealed class ContentUpserts(SignpostDb db)
{
    public static readonly Guid TaxonomyId = StableId.For("taxonomy:signpost-primary-care");

    public async Task RunAsync(List<BankHoliday> holidays, List<TaxonomyRow> taxonomy, List<KeyTerm> keyTerms, CancellationToken cancellationToken)
    {
        var existingHolidays = await db.BankHolidays.ToDictionaryAsync(h => h.OnDate, cancellationToken);
        foreach (var h in holidays)
        {
            if (existingHolidays.TryGetValue(h.OnDate, out var found)) found.Name = h.Name; else db.BankHolidays.Add(h);
        }
        if (await db.Taxonomies.FindAsync([TaxonomyId], cancellationToken) is null)
        {
            db.Taxonomies.Add(new Taxonomy
            {
                Id = TaxonomyId, Name = "Signpost primary care routes", Version = "1",
                Description = "Every route into primary care and urgent care in Bedfordshire, Luton and Milton Keynes, written for residents and care navigators.",
            });
        }
        await UpsertTermsAsync(taxonomy, cancellationToken);
        var existingTerms = await db.KeyTerms.ToDictionaryAsync(g => g.Slug, cancellationToken);
        for (var i = 0; i < keyTerms.Count; i++)
        {
            var term = keyTerms[i];
            term.SortOrder = i;
            if (existingTerms.TryGetValue(term.Slug, out var found)) db.Entry(found).CurrentValues.SetValues(term); else db.KeyTerms.Add(term);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task UpsertTermsAsync(List<TaxonomyRow> rows, CancellationToken cancellationToken)
    {
        var existing = await db.TaxonomyTerms.ToDictionaryAsync(t => t.Code, cancellationToken);
        var codes = rows.Select(r => r.Code).ToHashSet();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Parent is not null && !codes.Contains(row.Parent))
            {
                throw new ImportException(DirectoryContentFiles.TaxonomyFile, row.Line, $"the parent \"{row.Parent}\" is not a term in the file");
            }
            if (!existing.TryGetValue(row.Code, out var term))
            {
                term = new TaxonomyTerm { Id = StableId.For("term:" + row.Code), TaxonomyId = TaxonomyId, Code = row.Code, Name = row.Name, Description = row.Description };
                db.TaxonomyTerms.Add(term);
            }
            term.ParentId = row.Parent is null ? null : StableId.For("term:" + row.Parent);
            term.Name = row.Name;
            term.Description = row.Description;
            term.NeedLabel = row.NeedLabel;
            term.Keywords = row.Keywords;
            term.SortOrder = i;
        }
    }
}

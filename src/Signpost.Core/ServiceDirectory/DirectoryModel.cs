using Microsoft.EntityFrameworkCore;

namespace Signpost.Core.ServiceDirectory;

/// <summary>The directory's tables in the EF Core model (the schema itself is in Migrations/0100_directory.sql).</summary>
public static class DirectoryModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<Taxonomy>().ToTable("directory_taxonomies");
        model.Entity<TaxonomyTerm>(e =>
        {
            e.ToTable("directory_taxonomy_terms");
            e.HasOne<TaxonomyTerm>().WithMany().HasForeignKey(t => t.ParentId);
            e.HasOne<Taxonomy>().WithMany().HasForeignKey(t => t.TaxonomyId);
        });
        model.Entity<DirectoryOrganisation>(e =>
        {
            e.ToTable("directory_organisations");
            e.HasMany(o => o.Locations).WithOne().HasForeignKey(l => l.OrganisationId);
        });
        model.Entity<DirectoryLocation>().ToTable("directory_locations");
        model.Entity<DirectoryService>(e =>
        {
            e.ToTable("directory_services");
            e.Property(s => s.Version).IsConcurrencyToken();
            e.HasOne(s => s.Organisation).WithMany().HasForeignKey(s => s.OrganisationId);
            e.HasMany(s => s.ServiceAtLocations).WithOne().HasForeignKey(x => x.ServiceId);
            e.HasMany(s => s.Taxonomy).WithOne().HasForeignKey(x => x.ServiceId);
            e.HasMany(s => s.OpeningBands).WithOne().HasForeignKey(x => x.ServiceId);
            e.HasMany(s => s.OpeningExceptions).WithOne().HasForeignKey(x => x.ServiceId);
            e.HasMany(s => s.Contacts).WithOne().HasForeignKey(x => x.ServiceId);
            e.HasMany(s => s.Languages).WithOne().HasForeignKey(x => x.ServiceId);
        });
        model.Entity<ServiceAtLocation>(e =>
        {
            e.ToTable("directory_service_at_locations");
            e.HasOne(x => x.Location).WithMany().HasForeignKey(x => x.LocationId);
        });
        model.Entity<ServiceTaxonomy>().ToTable("directory_service_taxonomy").HasKey(x => new { x.ServiceId, x.TermId });
        model.Entity<OpeningBand>().ToTable("directory_opening_bands").Property(b => b.Id).ValueGeneratedOnAdd();
        model.Entity<DatedHours>().ToTable("directory_opening_exceptions").Property(b => b.Id).ValueGeneratedOnAdd();
        model.Entity<BankHoliday>().ToTable("directory_bank_holidays").HasKey(b => b.OnDate);
        model.Entity<ServiceContact>().ToTable("directory_contacts");
        model.Entity<ServiceLanguage>().ToTable("directory_service_languages").HasKey(x => new { x.ServiceId, x.LanguageCode });
        model.Entity<KeyTerm>().ToTable("directory_key_terms").HasKey(g => g.Slug);
    }
}

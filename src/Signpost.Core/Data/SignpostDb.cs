using System.Text;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.ApiKeys;
using Signpost.Core.Analytics.Equity;
using Signpost.Core.Audit;
using Signpost.Core.Booking;
using Signpost.Core.Imports;
using Signpost.Core.Navigation;
using Signpost.Core.Navigation.Capacity;
using Signpost.Core.Navigation.Feedback;
using Signpost.Core.Navigation.Outbox;
using Signpost.Core.Navigation.Requests;
using Signpost.Core.ReferenceData;
using Signpost.Core.Translation;
using Signpost.Core.ServiceDirectory;

namespace Signpost.Core.Data;

/// <summary>The one EF Core context. The schema itself lives in versioned SQL files under Migrations/.</summary>
public class SignpostDb(DbContextOptions<SignpostDb> options) : DbContext(options)
{
    public DbSet<StaffUser> StaffUsers => Set<StaffUser>();
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();
    public DbSet<PostcodeCentroid> Postcodes => Set<PostcodeCentroid>();
    public DbSet<IcbLookup> IcbLookup => Set<IcbLookup>();
    public DbSet<GpPractice> GpPractices => Set<GpPractice>();
    public DbSet<Pharmacy> Pharmacies => Set<Pharmacy>();
    public DbSet<Pcn> Pcns => Set<Pcn>();
    public DbSet<PcnMember> PcnMembers => Set<PcnMember>();
    public DbSet<TranslationUnit> TranslationUnits => Set<TranslationUnit>();
    public DbSet<UnitTranslation> Translations => Set<UnitTranslation>();
    public DbSet<GlossaryTerm> GlossaryTerms => Set<GlossaryTerm>();
    public DbSet<TranslationRejection> TranslationRejections => Set<TranslationRejection>();
    public DbSet<NavigationRequest> NavigationRequests => Set<NavigationRequest>();
    public DbSet<Signpost.Core.Navigation.Requests.AccessEvent> NavigationAccessEvents => Set<Signpost.Core.Navigation.Requests.AccessEvent>();
    public DbSet<PracticeNavigationSettings> PracticeNavigationSettings => Set<PracticeNavigationSettings>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();
    public DbSet<DevSentNotification> DevSentNotifications => Set<DevSentNotification>();
    public DbSet<FeedbackToken> FeedbackTokens => Set<FeedbackToken>();
    public DbSet<FirstContactFeedback> FirstContactFeedback => Set<FirstContactFeedback>();
    public DbSet<DirectoryOrganisation> DirectoryOrganisations => Set<DirectoryOrganisation>();
    public DbSet<DirectoryLocation> DirectoryLocations => Set<DirectoryLocation>();
    public DbSet<DirectoryService> DirectoryServices => Set<DirectoryService>();
    public DbSet<ServiceAtLocation> ServiceAtLocations => Set<ServiceAtLocation>();
    public DbSet<Taxonomy> Taxonomies => Set<Taxonomy>();
    public DbSet<TaxonomyTerm> TaxonomyTerms => Set<TaxonomyTerm>();
    public DbSet<BankHoliday> BankHolidays => Set<BankHoliday>();
    public DbSet<KeyTerm> KeyTerms => Set<KeyTerm>();
    public DbSet<BookingSite> BookingSites => Set<BookingSite>();
    public DbSet<Practitioner> Practitioners => Set<Practitioner>();
    public DbSet<AppointmentType> AppointmentTypes => Set<AppointmentType>();
    public DbSet<BookingSchedule> BookingSchedules => Set<BookingSchedule>();
    public DbSet<BookingSlot> BookingSlots => Set<BookingSlot>();
    public DbSet<Appointment> Appointments => Set<Appointment>();
    public DbSet<AppointmentEvent> AppointmentEvents => Set<AppointmentEvent>();
    public DbSet<Signpost.Core.Analytics.Equity.AccessEvent> AccessEvents => Set<Signpost.Core.Analytics.Equity.AccessEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<StaffUser>().ToTable("staff_users");
        modelBuilder.Entity<AuditEntry>().ToTable("audit_log").Property(e => e.Details).HasColumnType("jsonb");
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
        modelBuilder.Entity<ImportRun>().ToTable("import_runs");
        modelBuilder.Entity<PostcodeCentroid>().ToTable("postcodes").HasKey(p => p.Postcode);
        modelBuilder.Entity<IcbLookup>().ToTable("icb_lookup").HasKey(i => i.SubIcbCode);
        modelBuilder.Entity<GpPractice>().ToTable("gp_practices").HasKey(p => p.OdsCode);
        modelBuilder.Entity<Pharmacy>().ToTable("pharmacies").HasKey(p => p.OdsCode);
        modelBuilder.Entity<Pcn>().ToTable("pcns").HasKey(p => p.Code);
        modelBuilder.Entity<PcnMember>().ToTable("pcn_members").HasKey(m => new { m.PracticeCode, m.PcnCode, m.StartDate });
        modelBuilder.Entity<TranslationUnit>().ToTable("translation_units");
        modelBuilder.Entity<UnitTranslation>().ToTable("translations");
        modelBuilder.Entity<GlossaryTerm>().ToTable("glossary_terms");
        modelBuilder.Entity<TranslationRejection>().ToTable("translation_rejections");
        NavigationModel.Configure(modelBuilder);
        DirectoryModel.Configure(modelBuilder);
        modelBuilder.Entity<ApiKey>().ToTable("api_keys");
        BookingModel.Configure(modelBuilder);
        modelBuilder.Entity<Signpost.Core.Analytics.Equity.AccessEvent>().ToTable("access_events");
        UseSnakeCaseColumns(modelBuilder);
    }

    // EFCore.NamingConventions has no EF Core 10 build in the registry here, so columns are named by hand.
    private static void UseSnakeCaseColumns(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(ToSnakeCase(property.Name));
            }
        }
    }

    public static string ToSnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]))) text.Append('_');
            text.Append(char.ToLowerInvariant(c));
        }
        return text.ToString();
    }
}

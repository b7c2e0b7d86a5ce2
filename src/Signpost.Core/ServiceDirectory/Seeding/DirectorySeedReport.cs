namespace Signpost.Core.ServiceDirectory.Seeding;

/// <summary>What a run of the seed step did.</summary>
public sealed record DirectorySeedReport(int OrganisationsCreated, int LocationsCreated, int ServicesCreated, int ServicesRetired,
    int BankHolidays, int TaxonomyTerms, int KeyTerms, int ServicesInDirectory);

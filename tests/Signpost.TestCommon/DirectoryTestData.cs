using Signpost.Core.ServiceDirectory;
using Signpost.Core.ServiceDirectory.Seeding;

namespace Signpost.TestCommon;

/// <summary>The seeded directory in the shared test database, and uniquely keyed services for tests of their own.</summary>
public static class DirectoryTestData
{
    private static readonly Lazy<Task> Seeded = new(SeedAsync);

    /// <summary>Loads the reference data and runs the directory seed step once for the shared test database.</summary>
    public static Task EnsureSeededAsync() => Seeded.Value;

    /// <summary>A word no other test uses, to find this test's records by searching.</summary>
    public static string UniqueWord() => "zq" + Guid.NewGuid().ToString("N")[..10];

    /// <summary>
    /// Adds an organisation, a location (when a point is given) and an active service named with a unique word,
    /// configured by the caller, then refreshes the search index for it.
    /// </summary>
    public static async Task<DirectoryService> AddServiceAsync(TestDatabase database, Action<DirectoryService>? configure = null,
        double? latitude = null, double? longitude = null, string[]? accessibility = null)
    {
        await EnsureSeededAsync();
        return await AddServiceAsync(database.DataSource, configure, latitude, longitude, accessibility);
    }

    /// <summary>The same, in a database of the test's own (which must hold the taxonomy the service uses, if any).</summary>
    public static async Task<DirectoryService> AddServiceAsync(Npgsql.NpgsqlDataSource dataSource, Action<DirectoryService>? configure = null,
        double? latitude = null, double? longitude = null, string[]? accessibility = null)
    {
        var word = UniqueWord();
        var now = DateTimeOffset.UtcNow;
        var organisation = new DirectoryOrganisation { Id = Guid.NewGuid(), SourceKey = "test:" + word, Kind = "other", Name = $"Test organisation {word}", UpdatedAt = now };
        var service = new DirectoryService
        {
            Id = Guid.NewGuid(), SourceKey = "test:" + word, OrganisationId = organisation.Id, Name = $"Test service {word}",
            Description = "A service made by a test.", CreatedAt = now, UpdatedAt = now, AccessMethods = [AccessMethods.WalkIn],
        };
        await using var db = TestData.CreateDb(dataSource);
        db.DirectoryOrganisations.Add(organisation);
        if (latitude is { } lat && longitude is { } lon)
        {
            var location = new DirectoryLocation
            {
                Id = Guid.NewGuid(), OrganisationId = organisation.Id, SourceKey = "test:" + word, Name = $"Test place {word}",
                AddressLines = ["1 Test Street", "Luton"], Postcode = "LU1 2QP", Latitude = lat, Longitude = lon, Accessibility = [.. accessibility ?? []], UpdatedAt = now,
            };
            db.DirectoryLocations.Add(location);
            service.ServiceAtLocations.Add(new ServiceAtLocation { Id = Guid.NewGuid(), ServiceId = service.Id, LocationId = location.Id });
        }
        configure?.Invoke(service);
        db.DirectoryServices.Add(service);
        await db.SaveChangesAsync();
        await DirectorySearchIndex.RefreshAsync(db, [service.Id]);
        return service;
    }

    private static async Task SeedAsync()
    {
        var database = await TestDatabase.GetAsync();
        await database.EnsureReferenceDataAsync();
        await using var db = TestData.CreateDb(database);
        await new DirectorySeeder(db, TimeProvider.System).SeedAsync(RepositoryPaths.Data("directory"));
    }
}

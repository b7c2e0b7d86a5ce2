using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Signpost.Core.Data;
using Signpost.Core.Imports;
using Signpost.Core.ServiceDirectory;
using Signpost.Core.ServiceDirectory.Hours;
using Signpost.Core.ServiceDirectory.Search;
using Signpost.Core.ServiceDirectory.Search.Memory;
using Signpost.Core.ServiceDirectory.Seeding;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.ServiceDirectory.Search.Memory;

/// <summary>
/// A database of its own with the real seeded BLMK directory plus services with every kind of hours, language,
/// access and age limit, so that no other test changes what the two search engines see while they are compared.
/// </summary>
public sealed class SeededDirectory : IAsyncLifetime
{
    public NpgsqlDataSource DataSource { get; private set; } = null!;
    public string Word { get; } = DirectoryTestData.UniqueWord();

    public async Task InitializeAsync()
    {
        DataSource = NpgsqlDataSource.Create(await TestDatabase.CreateEmptyDatabaseAsync("search_memory"));
        await new DatabaseMigrator(DataSource).MigrateAsync();
        await new ReferenceDataImporter(DataSource, TimeProvider.System).ImportAsync(RepositoryPaths.Data("blmk"));
        await using (var db = TestData.CreateDb(DataSource)) await new DirectorySeeder(db, TimeProvider.System).SeedAsync(RepositoryPaths.Data("directory"));
        var random = new Random(3);
        for (var i = 0; i < 40; i++)
        {
            var n = i;
            await DirectoryTestData.AddServiceAsync(DataSource, s =>
            {
                s.Name = $"{(n % 3 == 0 ? "pharmacy" : n % 3 == 1 ? "Blood test clinic" : "_Walk-in centre")} {Word} {n % 7}";
                s.OpeningBands = n % 4 == 0 ? [Band(1, 540, 1020), Band(OpeningBand.BankHolidays, 600, 840)] : [Band((short)(1 + n % 7), 480, 1200)];
                if (n % 5 == 0) s.OpeningExceptions = [new DatedHours { OnDate = new DateOnly(2026, 12, 1 + n % 3), OpensMinute = n % 2 == 0 ? null : 600, ClosesMinute = n % 2 == 0 ? null : 660 }];
                if (n % 2 == 0) s.Languages = [new ServiceLanguage { ServiceId = s.Id, LanguageCode = n % 4 == 0 ? "ur" : "pl" }];
                if (n % 6 == 0) s.MinimumAge = 16;
                if (n % 9 == 0 && n % 6 != 0) s.MaximumAge = 12;
            }, n % 8 == 7 ? null : 51.85 + random.NextDouble() * 0.1, n % 8 == 7 ? null : -0.48 + random.NextDouble() * 0.12,
            n % 3 == 0 ? [AccessibilityFeatures.StepFree] : []);
        }
    }

    public Task DisposeAsync() => DataSource.DisposeAsync().AsTask();

    public DirectorySearch SqlSearch(TimeProvider clock) => new(DataSource, new BankHolidayCalendar(DataSource, clock), clock);

    public async Task<(DirectorySearch Search, MemoryIndex Index)> MemorySearchAsync(TimeProvider clock, double refreshSeconds = 0)
    {
        var index = new MemoryIndex(DataSource, new MemoryIndexSettings { RefreshSeconds = refreshSeconds }, clock, NullLogger<MemoryIndex>.Instance);
        await index.LoadAsync();
        return (new DirectorySearch(DataSource, new BankHolidayCalendar(DataSource, clock), clock, index, new TextLexemes(DataSource)), index);
    }

    private static OpeningBand Band(short day, int opens, int closes) => new() { Day = day, OpensMinute = opens, ClosesMinute = closes };
}

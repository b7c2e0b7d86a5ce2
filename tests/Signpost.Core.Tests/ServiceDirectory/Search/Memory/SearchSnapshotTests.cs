using Signpost.Core.ServiceDirectory.Search;
using Signpost.Core.ServiceDirectory.Search.Memory;

namespace Signpost.Core.Tests.ServiceDirectory.Search.Memory;

public class SearchSnapshotTests
{
    private static readonly GeoPoint Luton = new(51.880583, -0.418488);

    private static IndexedEntry Entry(Guid serviceId, string word, double latitude = 51.88) => new()
    {
        Id = Guid.NewGuid(), Latitude = latitude, Longitude = -0.42, Lexemes = [word],
        Service = new IndexedService { Id = serviceId, Name = word, OrganisationName = "o", AccessMethods = [], IsDemo = false, HoursSource = "none" },
    };

    private static List<Guid> Find(SearchSnapshot snapshot, string word) =>
        new SnapshotQuery(snapshot, new DirectorySearchOptions { Near = Luton, RadiusMiles = 5, PageSize = 100 }, [word], false).Run().Page.Select(m => m.Entry.Service.Id).ToList();

    [Fact]
    public void WithChanges_ServiceReplaced_OnlyTheNewEntryIsFound()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        var snapshot = SearchSnapshot.Build([Entry(a, "old"), Entry(b, "old")], 10);

        var changed = snapshot.WithChanges([a], [Entry(a, "new")], 11);

        Assert.Equal(2, Find(snapshot, "old").Count);
        Assert.Equal([b], Find(changed, "old"));
        Assert.Equal([a], Find(changed, "new"));
        Assert.Equal(2, changed.Count);
        Assert.Equal(11UL, changed.Watermark);
    }

    [Fact]
    public void WithChanges_ServiceWithNoEntriesNow_Gone()
    {
        var a = Guid.NewGuid();
        var changed = SearchSnapshot.Build([Entry(a, "word")], 1).WithChanges([a], [], 2).WithChanges([Guid.NewGuid()], [], 3);

        Assert.Empty(Find(changed, "word"));
        Assert.Equal(0, changed.Count);
    }

    [Fact]
    public void WithChanges_PastTheOverlayLimit_RebuiltWithTheSameAnswers()
    {
        var a = Guid.NewGuid();
        var snapshot = SearchSnapshot.Build([Entry(a, "word")], 1);
        var added = Enumerable.Range(0, SearchSnapshot.MaxOverlay + 1).Select(i => Entry(Guid.NewGuid(), "many", 51.88 + i * 1e-6)).ToList();

        var changed = snapshot.WithChanges(added.Select(e => e.Service.Id).Append(a).ToList(), added, 2);

        Assert.Empty(changed.Overlay);
        Assert.Null(changed.Removed);
        Assert.Equal(SearchSnapshot.MaxOverlay + 1, changed.Count);
        Assert.Empty(Find(changed, "word"));
        Assert.Equal(100, Find(changed, "many").Count);
    }
}

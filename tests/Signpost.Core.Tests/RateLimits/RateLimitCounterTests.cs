using Npgsql;
using Signpost.Core.RateLimits;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.RateLimits;

public class RateLimitCounterTests
{
    [Fact]
    public async Task TryHitAsync_OverTheLimit_False()
    {
        var database = await TestDatabase.GetAsync();
        var counter = new RateLimitCounter(database.DataSource, new TestClock(new DateTimeOffset(2026, 11, 21, 8, 0, 10, TimeSpan.Zero)));
        var key = "test:" + Guid.NewGuid();

        var results = new List<bool>();
        for (var i = 0; i < 4; i++) results.Add(await counter.TryHitAsync(key, 3, TimeSpan.FromMinutes(1)));

        Assert.Equal([true, true, true, false], results);
    }

    [Fact]
    public async Task TryHitAsync_TwoInstancesShareOneDatabase_OneSharedLimit()
    {
        var database = await TestDatabase.GetAsync();
        var clock = new TestClock(new DateTimeOffset(2026, 11, 21, 8, 0, 10, TimeSpan.Zero));
        await using var secondInstance = NpgsqlDataSource.Create(database.ConnectionString);
        var one = new RateLimitCounter(database.DataSource, clock);
        var two = new RateLimitCounter(secondInstance, clock);
        var key = "test:" + Guid.NewGuid();

        var hits = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => (i % 2 == 0 ? one : two).TryHitAsync(key, 6, TimeSpan.FromMinutes(1))));

        Assert.Equal(6, hits.Count(allowed => allowed));
    }

    [Fact]
    public async Task TryHitAsync_NextWindow_AllowedAgain()
    {
        var database = await TestDatabase.GetAsync();
        var clock = new TestClock(new DateTimeOffset(2026, 11, 21, 8, 0, 50, TimeSpan.Zero));
        var counter = new RateLimitCounter(database.DataSource, clock);
        var key = "test:" + Guid.NewGuid();
        await counter.TryHitAsync(key, 1, TimeSpan.FromMinutes(1));
        var blocked = await counter.TryHitAsync(key, 1, TimeSpan.FromMinutes(1));

        clock.Advance(TimeSpan.FromSeconds(15));

        Assert.False(blocked);
        Assert.True(await counter.TryHitAsync(key, 1, TimeSpan.FromMinutes(1)));
    }
}

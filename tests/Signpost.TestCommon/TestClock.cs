namespace Signpost.TestCommon;

/// <summary>A clock tests can set and move (Microsoft.Extensions.TimeProvider.Testing is not in the registry here).</summary>
public sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    private readonly Lock gate = new();
    private DateTimeOffset utcNow = now.ToUniversalTime();

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate) return utcNow;
    }

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public void Advance(TimeSpan by)
    {
        lock (gate) utcNow += by;
    }

    public void Set(DateTimeOffset instant)
    {
        lock (gate) utcNow = instant.ToUniversalTime();
    }
}

namespace Signpost.Core.Demo;

/// <summary>A clock that stays at one instant: the demo seeder uses one per step so that the features date their records in the past.</summary>
internal sealed class DemoClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

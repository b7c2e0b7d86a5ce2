using System.Collections.Concurrent;
using System.Threading.Channels;
using Signpost.Core.Translation;

namespace Signpost.Web.Languages;

/// <summary>
/// UI strings a page used that the translation memory does not know yet, queued so that rendering never waits
/// on a write; <see cref="UnitRegistrationWorker"/> registers them in batches.
/// </summary>
public sealed class PendingUnits
{
    private readonly Channel<UnitSource> channel = Channel.CreateBounded<UnitSource>(new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly ConcurrentDictionary<string, byte> queued = new(StringComparer.Ordinal);

    public void Enqueue(UnitSource unit)
    {
        if (queued.TryAdd(unit.Key, 0)) channel.Writer.TryWrite(unit);
    }

    public ChannelReader<UnitSource> Reader => channel.Reader;

    /// <summary>Forget a key once written, so that a unit deleted later can be registered again.</summary>
    public void Done(string key) => queued.TryRemove(key, out _);
}

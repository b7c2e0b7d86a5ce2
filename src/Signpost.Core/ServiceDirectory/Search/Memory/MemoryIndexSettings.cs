namespace Signpost.Core.ServiceDirectory.Search.Memory;

/// <summary>The <c>Signpost:Directory</c> settings for the in-memory search index.</summary>
public sealed class MemoryIndexSettings
{
    public const string Section = "Signpost:Directory";

    /// <summary>Answer searches from memory (true) or always with SQL (false).</summary>
    public bool MemoryIndex { get; set; } = true;

    /// <summary>
    /// Seconds between looks at the change log, so that a change made through another instance shows within this
    /// long; 0 looks before every search (exact, one small query per search: used by the tests).
    /// </summary>
    public double RefreshSeconds { get; set; } = 1;
}

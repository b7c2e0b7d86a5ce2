using System.Reflection;

namespace Signpost.Core.Languages;

/// <summary>Opens the data files (from the repository's data/ folder) that are embedded in Signpost.Core.</summary>
public static class EmbeddedData
{
    public static TextReader Open(string logicalName)
    {
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(logicalName)
            ?? throw new InvalidOperationException($"{logicalName} is not embedded in Signpost.Core.");
        return new StreamReader(stream, System.Text.Encoding.UTF8);
    }

    public static IReadOnlyList<string> Names(string prefix) =>
        Assembly.GetExecutingAssembly().GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
}

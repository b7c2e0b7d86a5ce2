using Signpost.Core.Languages;

namespace Signpost.Core.Translation.Machine;

/// <summary>A machine translation server. Adapters: <see cref="LibreTranslateTranslator"/>, <see cref="ApertiumTranslator"/>.</summary>
public interface IMachineTranslator
{
    /// <summary>A short name recorded as who produced a translation, such as "apertium".</summary>
    string Name { get; }

    /// <summary>Whether the server can translate from <paramref name="source"/> to <paramref name="target"/>.</summary>
    Task<bool> SupportsAsync(Language source, Language target, CancellationToken cancellationToken);

    /// <summary>Translates plain texts, returning one translation per text in the same order.</summary>
    Task<IReadOnlyList<string>> TranslateAsync(IReadOnlyList<string> texts, Language source, Language target, CancellationToken cancellationToken);
}

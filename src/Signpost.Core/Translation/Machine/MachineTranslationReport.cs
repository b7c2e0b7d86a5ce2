namespace Signpost.Core.Translation.Machine;

/// <summary>
/// What a run did: <see cref="Translated"/> units now have a machine translation (from the server or an exact
/// match in the translation memory), <see cref="Rejected"/> failed the protected-token or glossary checks, and
/// <see cref="Skipped"/> could not be translated this time (the server failed or its circuit was open).
/// </summary>
public sealed record MachineTranslationReport(int Translated, int Rejected, int Skipped, IReadOnlyList<string> Rejections, string? LastError);

namespace Signpost.Core.Translation;

/// <summary>English with protected tokens and glossary terms replaced by placeholders [[0]], [[1]]…; <see cref="Restore"/> holds what each becomes.</summary>
public sealed record MaskedText(string Text, IReadOnlyList<string> Restore, IReadOnlyList<string> Originals);

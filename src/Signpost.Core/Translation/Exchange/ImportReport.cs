namespace Signpost.Core.Translation.Exchange;

/// <summary>What an import changed; when <see cref="Problems"/> is not empty nothing was changed.</summary>
public sealed record ImportReport(int Updated, int Unchanged, IReadOnlyList<string> Problems);

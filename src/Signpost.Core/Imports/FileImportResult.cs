namespace Signpost.Core.Imports;

/// <summary>What happened to one file: imported (with its row count) or skipped because it was imported before.</summary>
public sealed record FileImportResult(string Kind, string FileName, int Rows, bool Skipped);

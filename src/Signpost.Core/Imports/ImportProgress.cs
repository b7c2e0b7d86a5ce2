namespace Signpost.Core.Imports;

/// <summary>How far an import has got through one file.</summary>
public sealed record ImportProgress(string FileName, long Done, long Total);

namespace Signpost.Core.Imports;

/// <summary>A file could not be imported; it names the file and, for a bad row, the line. Nothing was written.</summary>
public class ImportException(string fileName, int? line, string problem)
    : Exception(line is null ? $"{fileName}: {problem}" : $"{fileName}, line {line}: {problem}")
{
    public string FileName { get; } = fileName;
    public int? Line { get; } = line;
    public string Problem { get; } = problem;
}

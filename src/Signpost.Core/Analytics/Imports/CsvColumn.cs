namespace Signpost.Core.Analytics.Imports;

/// <summary>A column an import reads, under any of the names publications have used for it.</summary>
public sealed record CsvColumn(string Key, IReadOnlyList<string> Names, bool Required = true)
{
    public static CsvColumn Of(string name, bool required = true) => new(name, [name], required);

    public static CsvColumn Either(string key, params string[] names) => new(key, names);

    public static CsvColumn Optional(string key, params string[] names) => new(key, names.Length == 0 ? [key] : names, Required: false);
}

namespace Signpost.Core.Analytics.Imports;

/// <summary>How one CSV column of a practice-by-month file is stored: a count, an optional count, text, or not at all.</summary>
public sealed record PracticeMonthColumn(string CsvName, string? DbColumn, PracticeMonthColumn.Types Type, bool Required = true)
{
    public enum Types { Count, OptionalCount, Text, OptionalText, KeyText, Ignored }

    public static PracticeMonthColumn Count(string csvName, string dbColumn) => new(csvName, dbColumn, Types.Count);

    public static PracticeMonthColumn OptionalCount(string csvName, string dbColumn) => new(csvName, dbColumn, Types.OptionalCount);

    public static PracticeMonthColumn Text(string csvName, string dbColumn) => new(csvName, dbColumn, Types.Text);

    /// <summary>Text that is part of the key: stored as '' when empty.</summary>
    public static PracticeMonthColumn KeyText(string csvName, string dbColumn) => new(csvName, dbColumn, Types.KeyText);

    public static PracticeMonthColumn OptionalText(string csvName, string dbColumn) => new(csvName, dbColumn, Types.OptionalText);

    /// <summary>A column the file has that is derived (a percentage) or descriptive (a name): known, read, not stored.</summary>
    public static PracticeMonthColumn Ignored(string csvName) => new(csvName, null, Types.Ignored, Required: false);
}

namespace Signpost.Core.Translation;

/// <summary>What a unit is: a UI string, a directory field, a glossary term or advice shown by navigation.</summary>
public static class UnitKind
{
    public const string Ui = "ui";
    public const string Directory = "directory";
    public const string Glossary = "glossary";
    public const string Advice = "advice";

    public static IReadOnlyList<string> All { get; } = [Ui, Directory, Glossary, Advice];
}

namespace Signpost.Core.Translation;

/// <summary>A translatable English text, identified by a stable key and carrying the hash of its current source.</summary>
public class TranslationUnit
{
    public const int MaxSourceLength = 10000;
    public const int MaxKeyLength = 300;

    public long Id { get; set; }
    public string Key { get; set; } = "";
    public string Kind { get; set; } = UnitKind.Ui;
    public string SourceText { get; set; } = "";
    public string SourceHash { get; set; } = "";
    public bool SafetyCritical { get; set; }
    public string? Context { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

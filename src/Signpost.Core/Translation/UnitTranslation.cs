namespace Signpost.Core.Translation;

/// <summary>One language's text for a unit, with its state, who or what produced it and the English it translates.</summary>
public class UnitTranslation
{
    public const int MaxTextLength = 20000;

    public long Id { get; set; }
    public long UnitId { get; set; }
    public TranslationUnit? Unit { get; set; }
    public string Language { get; set; } = "";
    public string Text { get; set; } = "";
    public string State { get; set; } = TranslationState.Machine;
    public string SourceHash { get; set; } = "";
    public string ProducedBy { get; set; } = "";
    public DateTimeOffset ProducedAt { get; set; }
    public string? ReviewedBy { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public string? ApprovedBy { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }

    /// <summary>True when the English has changed since this text was written: it must not be shown as current.</summary>
    public bool IsStaleFor(TranslationUnit unit) => SourceHash != unit.SourceHash;
}

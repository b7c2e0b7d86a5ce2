namespace Signpost.Core.Translation;

/// <summary>A per-language rule: <see cref="SourceTerm"/> must be rendered as <see cref="Rendering"/>, or left in English when that is null.</summary>
public class GlossaryTerm
{
    public const int MaxLength = 200;

    public long Id { get; set; }
    public string Language { get; set; } = "";
    public string SourceTerm { get; set; } = "";
    public string? Rendering { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public bool DoNotTranslate => Rendering is null;
}

namespace Signpost.Core.Translation;

/// <summary>A machine translation that failed the checks (a protected token or glossary term lost or altered), kept for the report.</summary>
public class TranslationRejection
{
    public long Id { get; set; }
    public long UnitId { get; set; }
    public string Language { get; set; } = "";
    public string Provider { get; set; } = "";
    public string Reason { get; set; } = "";
    public string Candidate { get; set; } = "";
    public DateTimeOffset At { get; set; }
}

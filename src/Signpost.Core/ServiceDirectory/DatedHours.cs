namespace Signpost.Core.ServiceDirectory;

/// <summary>Hours for one date that replace the usual ones. No times means closed all day.</summary>
public class DatedHours
{
    public long Id { get; set; }
    public Guid ServiceId { get; set; }
    public DateOnly OnDate { get; set; }
    public int? OpensMinute { get; set; }
    public int? ClosesMinute { get; set; }
    public string? Note { get; set; }

    public bool IsClosed => OpensMinute is null;
}

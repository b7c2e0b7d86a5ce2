namespace Signpost.Core.Booking;

/// <summary>Whole days a practitioner is away (inclusive); no slots are offered on them.</summary>
public class PractitionerLeave
{
    public Guid Id { get; set; }
    public Guid PractitionerId { get; set; }
    public DateOnly FirstDay { get; set; }
    public DateOnly LastDay { get; set; }
    public string? Reason { get; set; }
}

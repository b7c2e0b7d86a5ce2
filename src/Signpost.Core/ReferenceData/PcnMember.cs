namespace Signpost.Core.ReferenceData;

/// <summary>A practice's membership of a PCN over a period; current while it has no end date.</summary>
public class PcnMember
{
    public required string PracticeCode { get; set; }
    public required string PcnCode { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
}

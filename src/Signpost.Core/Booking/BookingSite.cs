namespace Signpost.Core.Booking;

/// <summary>A place where appointments happen: a practice's surgery or the PCN's same-day access hub.</summary>
public class BookingSite
{
    public Guid Id { get; set; }
    public required string Name { get; set; }
    public required string PcnCode { get; set; }

    /// <summary>The practice's ODS code; null for the PCN hub, whose slots every member practice may book.</summary>
    public string? PracticeCode { get; set; }
    public bool IsHub { get; set; }
    public string? Address { get; set; }
    public string? Postcode { get; set; }
    public bool IsDemo { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

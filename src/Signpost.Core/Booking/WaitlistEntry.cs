namespace Signpost.Core.Booking;

/// <summary>A person waiting for a slot that fits: offered the next one freed (with a hold and an expiry).</summary>
public class WaitlistEntry
{
    public Guid Id { get; set; }
    public Guid? RequestId { get; set; }
    public required string PatientName { get; set; }
    public string? PatientNhsNumber { get; set; }
    public string? PatientPhone { get; set; }
    public string? PatientEmail { get; set; }
    public string Language { get; set; } = "en";
    public required string PracticeCode { get; set; }
    public required string Role { get; set; }
    public string? Modality { get; set; }
    public Guid? SiteId { get; set; }
    public DateTimeOffset EarliestAt { get; set; }
    public DateTimeOffset LatestAt { get; set; }

    /// <summary>waiting, offered, booked, withdrawn or expired.</summary>
    public required string State { get; set; }
    public Guid? AppointmentId { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

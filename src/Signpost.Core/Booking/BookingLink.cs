namespace Signpost.Core.Booking;

/// <summary>
/// A link sent to a person: self-booking (single use), managing a booked appointment, or answering a waitlist
/// offer. Only the SHA-256 of the token is stored.
/// </summary>
public class BookingLink
{
    public Guid Id { get; set; }
    public required string TokenHash { get; set; }
    public required string Purpose { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
    public Guid? AppointmentId { get; set; }
    public Guid? RequestId { get; set; }
    public Guid? WaitlistEntryId { get; set; }
    public Guid? HoldId { get; set; }
    public string? PatientName { get; set; }
    public string? PatientNhsNumber { get; set; }
    public string? PatientPhone { get; set; }
    public string? PatientEmail { get; set; }
    public string Language { get; set; } = "en";
    public string? PracticeCode { get; set; }
    public string? Role { get; set; }
    public string? Modality { get; set; }
    public Guid? SiteId { get; set; }
    public DateTimeOffset? EarliestAt { get; set; }
    public DateTimeOffset? LatestAt { get; set; }
}

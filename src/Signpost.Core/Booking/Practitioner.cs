namespace Signpost.Core.Booking;

/// <summary>A member of the multidisciplinary team who holds appointments.</summary>
public class Practitioner
{
    public Guid Id { get; set; }
    public required string DisplayName { get; set; }

    /// <summary>One of <see cref="MdtRoles.All"/>.</summary>
    public required string Role { get; set; }
    public Guid? StaffUserId { get; set; }
    public bool IsDemo { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

namespace Signpost.Core.Booking;

/// <summary>What kind of appointment a slot offers, with the rules for booking it.</summary>
public class AppointmentType
{
    public Guid Id { get; set; }

    /// <summary>Stable code, used as the FHIR service-type (lower case letters, digits and hyphens).</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }
    public int DurationMinutes { get; set; }

    /// <summary>One of <see cref="Modalities.All"/>.</summary>
    public required string Modality { get; set; }

    /// <summary>One of <see cref="MdtRoles.All"/>.</summary>
    public required string Role { get; set; }

    /// <summary>One of the 16 GPAD national categories (<see cref="GpadCategories.All"/>).</summary>
    public required string GpadCategory { get; set; }

    /// <summary>True: bookable only on the day (Europe/London). False: pre-bookable within the window.</summary>
    public bool SameDay { get; set; }
    public int BookingWindowDays { get; set; }
    public int MinimumNoticeMinutes { get; set; }
    public bool IsDemo { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

namespace Signpost.Core.Booking.Slots;

/// <summary>Which slots to find: start range, and optionally what must fit.</summary>
public sealed record SlotQuery(DateTimeOffset From, DateTimeOffset To)
{
    /// <summary>Only free slots that nobody holds (FHIR status free).</summary>
    public bool FreeOnly { get; init; } = true;

    /// <summary>Only slots their type's rules let someone book now (minimum notice, booking window, same day).</summary>
    public bool BookableNow { get; init; } = true;

    /// <summary>The person's registered practice: its own sites and its PCN's hub fit.</summary>
    public string? PracticeCode { get; init; }
    public string? Role { get; init; }
    public string? Modality { get; init; }
    public string? TypeCode { get; init; }
    public Guid? SiteId { get; init; }
    public Guid? ScheduleId { get; init; }
    public int Limit { get; init; } = 50;
}

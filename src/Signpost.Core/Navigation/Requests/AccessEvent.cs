namespace Signpost.Core.Navigation.Requests;

/// <summary>
/// A de-identified event for access and equity analytics (no names, no free text). Analytics maps these rows into
/// its <c>access_events</c>; the fields are described in docs/navigation.md.
/// </summary>
public class AccessEvent
{
    public long Id { get; set; }
    public DateTimeOffset OccurredAt { get; set; }
    public Guid? RequestId { get; set; }
    public required string Event { get; set; }
    public required string Channel { get; set; }
    public string? PracticeOdsCode { get; set; }
    public string? Language { get; set; }
    public List<string> CommunicationNeeds { get; set; } = [];
    public string? AgeBand { get; set; }
    public string? Sex { get; set; }
    public bool EnteredByStaff { get; set; }
    public bool ForSomeoneElse { get; set; }
    public string? Urgency { get; set; }
    public string? Destination { get; set; }
    public string? Role { get; set; }
    public string? Pathway { get; set; }
    public string? Modality { get; set; }
    public string? PreferredModality { get; set; }
    public int? TimeToOutcomeSeconds { get; set; }

    /// <summary>An event of a demo request (<see cref="NavigationRequest.IsDemo"/>).</summary>
    public bool IsDemo { get; set; }

    /// <summary>The bands analytics uses: under 1, 1–4, 5–15, 16–24, then ten-year bands from 25–34 to 75–84, 85 and over.</summary>
    public static string AgeBandOf(decimal age) => age switch
    {
        < 1 => "0",
        < 5 => "1-4",
        < 16 => "5-15",
        < 25 => "16-24",
        < 85 => $"{((int)age - 25) / 10 * 10 + 25}-{((int)age - 25) / 10 * 10 + 34}",
        _ => "85+",
    };
}

using Signpost.Core.Navigation.Queue;

namespace Signpost.Web.Pages.Staff.Requests.View;

/// <summary>The clinician review form.</summary>
public class ReviewInput
{
    public string? Decision { get; set; }
    public string? Urgency { get; set; }
    public string? Destination { get; set; }
    public string? Role { get; set; }
    public string? Pathway { get; set; }
    public string? Modality { get; set; }
    public string? Reason { get; set; }

    public ReviewOptions ToOptions(Guid id, string clinician) => new(
        id, Decision == "override", Urgency, Destination, Empty(Role), Empty(Pathway), Modality, Reason, clinician);

    private static string? Empty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

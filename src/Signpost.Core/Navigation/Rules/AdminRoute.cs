namespace Signpost.Core.Navigation.Rules;

/// <summary>Where an administrative request (repeat prescription, fit note, …) goes.</summary>
public sealed class AdminRoute
{
    public required string RequestType { get; init; }
    public required string Urgency { get; init; }
    public required string Role { get; init; }
    public required ModalityRule Modality { get; init; }
    public required string Reason { get; init; }
}

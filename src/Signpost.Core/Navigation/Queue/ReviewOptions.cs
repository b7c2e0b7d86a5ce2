namespace Signpost.Core.Navigation.Queue;

/// <summary>A clinician's decision on the suggested disposition: accept it, or override it with a reason.</summary>
public sealed record ReviewOptions(
    Guid RequestId,
    bool Override,
    string? Urgency,
    string? Destination,
    string? Role,
    string? Pathway,
    string? Modality,
    string? Reason,
    string ClinicianEmail);

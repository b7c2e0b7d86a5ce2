using Signpost.Core.Navigation.Rules;

namespace Signpost.Core.Navigation;

/// <summary>Respects the person's preferred way of being seen unless the need rules it out, and says so.</summary>
public static class ModalityChoice
{
    public static (string Modality, AssessmentReason? Reason) Choose(Candidate winner, string? preference)
    {
        if (winner.Modality is not { } rule) return (FixedFor(winner.Destination), null);
        var allowed = rule.Allowed ?? Vocabulary.Modalities;
        if (preference is null) return (rule.Default, null);
        if (allowed.Contains(preference))
        {
            return (preference, new AssessmentReason("modality/preference", $"You asked for {Words(preference)}, and that suits this need."));
        }
        return (rule.Default, new AssessmentReason("modality/needed",
            $"You asked for {Words(preference)}, but {Words(rule.Default)} is needed because {rule.Because}"));
    }

    public static string Words(string modality) => modality switch
    {
        "face-to-face" => "a face-to-face appointment",
        "phone" => "a phone call",
        "video" => "a video call",
        "online-message" => "an online message",
        _ => modality,
    };

    private static string FixedFor(string destination) => destination switch
    {
        "nhs-111" or "mental-health-crisis" => "phone",
        "self-care" => "online-message",
        _ => "face-to-face",
    };
}

namespace Signpost.Core.Navigation;

/// <summary>The fixed words of the navigation contract: urgencies, destinations, roles, modalities, request types.</summary>
public static class Vocabulary
{
    /// <summary>Most urgent first: the index is the rank used to compare urgencies.</summary>
    public static readonly IReadOnlyList<string> Urgencies = ["emergency", "urgent", "soon", "routine", "self-care"];

    public static readonly IReadOnlyList<string> Destinations =
    [
        "emergency-services", "emergency-department", "nhs-111", "urgent-treatment-centre", "general-practice",
        "community-pharmacy", "dental", "optometry", "sexual-health", "mental-health-crisis", "self-care",
    ];

    public static readonly IReadOnlyList<string> Roles =
    [
        "gp", "advanced-nurse-practitioner", "practice-nurse", "clinical-pharmacist", "physiotherapist", "paramedic",
        "mental-health-practitioner", "social-prescriber", "care-coordinator", "admin-team",
    ];

    public static readonly IReadOnlyList<string> Modalities = ["face-to-face", "phone", "video", "online-message"];

    public static readonly IReadOnlyList<string> Sexes = ["female", "male", "other"];

    public const string MedicalRequest = "medical";

    public static readonly IReadOnlyList<string> RequestTypes =
        [MedicalRequest, "repeat-prescription", "fit-note", "test-results", "letter", "other-admin"];

    public const string GeneralPractice = "general-practice";
    public const string CommunityPharmacy = "community-pharmacy";
    public const string SelfCare = "self-care";
    public const string Emergency = "emergency";

    /// <summary>0 for emergency … 4 for self-care; a lower rank is more urgent.</summary>
    public static int UrgencyRank(string urgency)
    {
        for (var i = 0; i < Urgencies.Count; i++)
        {
            if (string.Equals(Urgencies[i], urgency, StringComparison.Ordinal)) return i;
        }
        throw new ArgumentException($"Unknown urgency '{urgency}'.", nameof(urgency));
    }

    public static bool IsMoreUrgent(string urgency, string than) => UrgencyRank(urgency) < UrgencyRank(than);
}

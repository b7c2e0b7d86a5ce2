namespace Signpost.Core.Booking;

/// <summary>The multidisciplinary-team roles a practitioner (and an appointment type) can have.</summary>
public static class MdtRoles
{
    public const string Gp = "gp";
    public const string Nurse = "nurse";
    public const string ClinicalPharmacist = "clinical-pharmacist";
    public const string Physiotherapist = "physiotherapist";
    public const string Paramedic = "paramedic";
    public const string MentalHealthPractitioner = "mental-health-practitioner";
    public const string CareCoordinator = "care-coordinator";
    public const string SocialPrescriber = "social-prescriber";
    public const string HealthCareAssistant = "health-care-assistant";
    public const string PhysicianAssociate = "physician-associate";

    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        [Gp] = "GP",
        [Nurse] = "Practice nurse",
        [ClinicalPharmacist] = "Clinical pharmacist",
        [Physiotherapist] = "Physiotherapist",
        [Paramedic] = "Paramedic",
        [MentalHealthPractitioner] = "Mental health practitioner",
        [CareCoordinator] = "Care coordinator",
        [SocialPrescriber] = "Social prescriber",
        [HealthCareAssistant] = "Health care assistant",
        [PhysicianAssociate] = "Physician associate",
    };

    public static IReadOnlyCollection<string> All => (IReadOnlyCollection<string>)Names.Keys;

    public static string NameOf(string role) => Names.TryGetValue(role, out var name) ? name : role;
}

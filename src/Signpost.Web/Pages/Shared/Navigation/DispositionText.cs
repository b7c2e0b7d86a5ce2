namespace Signpost.Web.Pages.Shared.Navigation;

/// <summary>Plain words for urgencies, destinations, roles and modalities, for residents and staff alike.</summary>
public static class DispositionText
{
    public static string Urgency(string urgency) => urgency switch
    {
        "emergency" => "Emergency: now",
        "urgent" => "Urgent: today",
        "soon" => "Soon: within 2 working days",
        "routine" => "Routine",
        "self-care" => "Self-care",
        _ => urgency,
    };

    public static string Destination(string type, string? role, string? pathway) => type switch
    {
        "emergency-services" => "Call 999",
        "emergency-department" => "A&E",
        "nhs-111" => "NHS 111",
        "urgent-treatment-centre" => "An urgent treatment centre",
        "general-practice" => "GP practice: " + Role(role),
        "community-pharmacy" => pathway is null ? "A pharmacy" : "A pharmacy (Pharmacy First: " + pathway.Replace('-', ' ') + ")",
        "dental" => "A dentist",
        "optometry" => "An optician (urgent eye service)",
        "sexual-health" => "The sexual health service",
        "mental-health-crisis" => "NHS 111, mental health option",
        "self-care" => "Looking after yourself, with advice from a pharmacist",
        _ => type,
    };

    public static string Role(string? role) => role switch
    {
        "gp" => "a GP",
        "advanced-nurse-practitioner" => "an advanced nurse practitioner",
        "practice-nurse" => "a practice nurse",
        "clinical-pharmacist" => "the clinical pharmacist",
        "physiotherapist" => "the physiotherapist",
        "paramedic" => "the practice paramedic",
        "mental-health-practitioner" => "the mental health practitioner",
        "social-prescriber" => "the social prescriber",
        "care-coordinator" => "the care coordinator",
        "admin-team" => "the admin team",
        null => "the practice team",
        _ => role,
    };

    public static string Modality(string modality) => Signpost.Core.Navigation.ModalityChoice.Words(modality);

    /// <summary>A stored reason without its rule id ("text [rule]" → "text"), for residents.</summary>
    public static string Plain(string reason) => reason.LastIndexOf(" [", StringComparison.Ordinal) is var i and > 0 ? reason[..i] : reason;
}

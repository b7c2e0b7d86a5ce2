using Microsoft.AspNetCore.Html;
using Signpost.Web.Languages;

namespace Signpost.Web.Pages.Shared.Navigation;

/// <summary>
/// The suggested disposition in the resident's language, for the confirmation page (staff read
/// <see cref="DispositionText"/>). Codes the template does not know are shown in English.
/// </summary>
public static class ResidentDispositionWords
{
    public static IHtmlContent Urgency(PageText t, string urgency) => urgency switch
    {
        "emergency" => t["emergency: now"],
        "urgent" => t["urgent: today"],
        "soon" => t["soon: within 2 working days"],
        "routine" => t["routine"],
        "self-care" => t["self-care"],
        _ => t.English(urgency),
    };

    public static IHtmlContent Destination(PageText t, string type, string? role, string? pathway) => type switch
    {
        "emergency-services" => t.SafetyCritical("Call 999"),
        "emergency-department" => t["A&E"],
        "nhs-111" => t["NHS 111"],
        "urgent-treatment-centre" => t["An urgent treatment centre"],
        "general-practice" => t.Format("GP practice: {0}", Role(t, role)),
        "community-pharmacy" => pathway is null ? t["A pharmacy"] : t.Format("A pharmacy (Pharmacy First: {0})", Pathway(t, pathway)),
        "dental" => t["A dentist"],
        "optometry" => t["An optician (urgent eye service)"],
        "sexual-health" => t["The sexual health service"],
        "mental-health-crisis" => t["NHS 111, mental health option"],
        "self-care" => t["Looking after yourself, with advice from a pharmacist"],
        _ => t.English(type),
    };

    public static IHtmlContent Role(PageText t, string? role) => role switch
    {
        "gp" => t["a GP"],
        "advanced-nurse-practitioner" => t["an advanced nurse practitioner"],
        "practice-nurse" => t["a practice nurse"],
        "clinical-pharmacist" => t["the clinical pharmacist"],
        "physiotherapist" => t["the physiotherapist"],
        "paramedic" => t["the practice paramedic"],
        "mental-health-practitioner" => t["the mental health practitioner"],
        "social-prescriber" => t["the social prescriber"],
        "care-coordinator" => t["the care coordinator"],
        "admin-team" => t["the admin team"],
        null => t["the practice team"],
        _ => t.English(role),
    };

    public static IHtmlContent Modality(PageText t, string modality) => modality switch
    {
        "face-to-face" => t["a face-to-face appointment"],
        "phone" => t["a phone call"],
        "video" => t["a video call"],
        "online-message" => t["an online message"],
        _ => t.English(modality),
    };

    private static IHtmlContent Pathway(PageText t, string pathway) => pathway switch
    {
        "acute-otitis-media" => t["ear infection (acute otitis media)"],
        "impetigo" => t["impetigo"],
        "infected-insect-bite" => t["infected insect bite"],
        "shingles" => t["shingles"],
        "acute-sinusitis" => t["sinusitis"],
        "acute-sore-throat" => t["sore throat"],
        "uncomplicated-uti" => t["urinary tract infection"],
        _ => t.English(pathway.Replace('-', ' ')),
    };
}

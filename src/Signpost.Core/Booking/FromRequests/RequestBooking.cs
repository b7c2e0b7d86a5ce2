using Signpost.Core.Navigation;
using Signpost.Core.Navigation.Requests;

namespace Signpost.Core.Booking.FromRequests;

/// <summary>
/// Where care navigation meets booking: what a triaged request asks the booking form for (the practice team role,
/// how, how soon), in booking's words, or why it must not be booked from here. An emergency is never booked into
/// a routine path (hazard H11): it has its own advice. Requests for another service or the admin team have
/// nothing to book.
/// </summary>
public static class RequestBooking
{
    /// <summary>Navigation's practice team roles as booking's MDT roles; the admin team has no appointments.</summary>
    public static string? Role(string? navigationRole) => navigationRole switch
    {
        "gp" => MdtRoles.Gp,
        "advanced-nurse-practitioner" or "practice-nurse" => MdtRoles.Nurse,
        "clinical-pharmacist" => MdtRoles.ClinicalPharmacist,
        "physiotherapist" => MdtRoles.Physiotherapist,
        "paramedic" => MdtRoles.Paramedic,
        "mental-health-practitioner" => MdtRoles.MentalHealthPractitioner,
        "social-prescriber" => MdtRoles.SocialPrescriber,
        "care-coordinator" => MdtRoles.CareCoordinator,
        _ => null,
    };

    /// <summary>Navigation's modality as booking's; an online message is not an appointment (any modality fits).</summary>
    public static string? Modality(string? navigationModality) => navigationModality switch
    {
        "face-to-face" => Modalities.FaceToFace,
        "phone" => Modalities.Telephone,
        "video" => Modalities.Video,
        _ => null,
    };

    /// <summary>
    /// Navigation's urgency as a booking time frame: urgent is today, soon within 2 days, routine within 2 weeks
    /// (the expectation for non-urgent requests); an emergency or self-care has no booking time frame.
    /// </summary>
    public static string? TimeFrame(string navigationUrgency) => navigationUrgency switch
    {
        "urgent" => UrgencyTimeFrames.Today,
        "soon" => UrgencyTimeFrames.WithinTwoDays,
        "routine" => UrgencyTimeFrames.WithinTwoWeeks,
        _ => null,
    };

    /// <summary>Null when the request can be booked from; otherwise why not, in words for the navigator.</summary>
    public static string? WhyNot(NavigationRequest request)
    {
        if (request.CurrentUrgency == Vocabulary.Emergency)
        {
            return "This request was triaged as an emergency. Do not book an appointment: follow the emergency advice (999 or A&E) and tell a clinician now.";
        }
        if (request.CurrentDestination != Vocabulary.GeneralPractice) return "This request was sent to another service, not the practice team: there is nothing to book here.";
        if (Role(request.CurrentRole) is null) return "This request is for the admin team or has no practice team role: there is nothing to book.";
        if (TimeFrame(request.CurrentUrgency) is null) return "This request's urgency has no booking time frame: there is nothing to book.";
        return null;
    }
}

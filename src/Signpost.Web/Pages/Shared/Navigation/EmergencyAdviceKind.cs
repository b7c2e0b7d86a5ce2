namespace Signpost.Web.Pages.Shared.Navigation;

/// <summary>Which advice the red-flag screen or an emergency phrase leads to.</summary>
public enum EmergencyAdviceKind
{
    None,
    Call999,
    GoToAandE,
    MentalHealthCrisis,
    SpeakToSomeoneToday,
}

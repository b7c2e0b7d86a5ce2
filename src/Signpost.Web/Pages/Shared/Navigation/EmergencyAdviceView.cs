using Signpost.Core.Navigation;

namespace Signpost.Web.Pages.Shared.Navigation;

/// <summary>The emergency care card: which advice to give (see <see cref="EmergencyAdviceWords"/>), and why.</summary>
public sealed record EmergencyAdviceView(EmergencyAdviceKind Kind, IReadOnlyList<AssessmentReason> Reasons)
{
    public static readonly EmergencyAdviceView None = new(EmergencyAdviceKind.None, []);

    public bool Emergency => Kind is EmergencyAdviceKind.Call999 or EmergencyAdviceKind.GoToAandE or EmergencyAdviceKind.MentalHealthCrisis;

    public static EmergencyAdviceView From(Assessment assessment) => (assessment.Urgency, assessment.Destination.Type) switch
    {
        ("emergency", "emergency-services") => new(EmergencyAdviceKind.Call999, assessment.Reasons),
        ("emergency", "emergency-department") => new(EmergencyAdviceKind.GoToAandE, assessment.Reasons),
        ("emergency", _) => new(EmergencyAdviceKind.MentalHealthCrisis, assessment.Reasons),
        _ => new(EmergencyAdviceKind.SpeakToSomeoneToday, assessment.Reasons),
    };
}

using Microsoft.AspNetCore.Html;
using Signpost.Web.Languages;

namespace Signpost.Web.Pages.Shared.Navigation;

/// <summary>The emergency card's words: safety-critical, so shown in another language only once approved.</summary>
public static class EmergencyAdviceWords
{
    public static IHtmlContent Heading(PageText t, EmergencyAdviceKind kind) => kind switch
    {
        EmergencyAdviceKind.Call999 => t.SafetyCritical("Call 999 now"),
        EmergencyAdviceKind.GoToAandE => t.SafetyCritical("Go to A&E now"),
        EmergencyAdviceKind.MentalHealthCrisis => t.SafetyCritical("Get help now"),
        EmergencyAdviceKind.SpeakToSomeoneToday => t.SafetyCritical("You need to speak to someone today"),
        _ => t["Ask your GP practice for help"],
    };

    /// <summary>The heading as plain text, for the page title.</summary>
    public static string Title(PageText t, EmergencyAdviceKind kind) => kind switch
    {
        EmergencyAdviceKind.Call999 => t.Plain("Call 999 now", safetyCritical: true),
        EmergencyAdviceKind.GoToAandE => t.Plain("Go to A&E now", safetyCritical: true),
        EmergencyAdviceKind.MentalHealthCrisis => t.Plain("Get help now", safetyCritical: true),
        EmergencyAdviceKind.SpeakToSomeoneToday => t.Plain("You need to speak to someone today", safetyCritical: true),
        _ => t.Plain("Ask your GP practice for help"),
    };

    public static IHtmlContent Action(PageText t, EmergencyAdviceKind kind) => kind switch
    {
        EmergencyAdviceKind.Call999 => t.SafetyCritical("Call 999 now. Do not wait for the practice to reply."),
        EmergencyAdviceKind.GoToAandE => t.SafetyCritical("Go to A&E now, or call 999 if you cannot get there safely."),
        EmergencyAdviceKind.MentalHealthCrisis => t.SafetyCritical("Call NHS 111 and choose the mental health option. If you are in danger or have hurt yourself, call 999."),
        EmergencyAdviceKind.SpeakToSomeoneToday => t.SafetyCritical("Phone your GP practice now. If it is closed, call 111."),
        _ => HtmlString.Empty,
    };
}

using Signpost.Core.Navigation;

namespace Signpost.Web.Pages.Shared.Navigation;

/// <summary>The emergency care card: what to do now, and why.</summary>
public sealed record EmergencyAdviceView(string Heading, string Action, bool Emergency, IReadOnlyList<string> Reasons)
{
    public static readonly EmergencyAdviceView None = new("Ask your GP practice for help", "", false, []);

    public static EmergencyAdviceView From(Assessment assessment)
    {
        var reasons = assessment.Reasons.Select(r => r.Text).ToList();
        return (assessment.Urgency, assessment.Destination.Type) switch
        {
            ("emergency", "emergency-services") => new("Call 999 now", "Call 999 now. Do not wait for the practice to reply.", true, reasons),
            ("emergency", "emergency-department") => new("Go to A&E now", "Go to A&E now, or call 999 if you cannot get there safely.", true, reasons),
            ("emergency", _) => new("Get help now", "Call NHS 111 and choose the mental health option. If you are in danger or have hurt yourself, call 999.", true, reasons),
            _ => new("You need to speak to someone today", "Phone your GP practice now. If it is closed, call 111.", false, reasons),
        };
    }
}

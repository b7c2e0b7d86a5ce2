namespace Signpost.Core.Navigation.Capacity;

/// <summary>
/// Whether an online request is taken now. Staff-entered requests and emergencies are always recorded. Admin and
/// non-urgent medical requests stay open throughout core hours (08:00–18:30 on working days). Urgent medical
/// requests, and any medical request outside core hours, depend on the practice's online hours and daily cap.
/// </summary>
public sealed class OnlineAccess(WorkingCalendar calendar)
{
    public const string AdminClosedMessage =
        "Online admin requests are open from 8am to 6:30pm, Monday to Friday (not bank holidays). Please come back then, or phone the practice.";
    public const string MedicalClosedMessage =
        "Your practice cannot take this online request right now. Phone the practice, or call 111 if it is closed or you cannot get through. In an emergency call 999.";

    public AccessDecision Decide(AccessQuestion question)
    {
        if (question.EnteredByStaff || question.Urgency == Vocabulary.Emergency) return AccessDecision.Accept;
        var core = calendar.IsCoreHours(question.Now);
        if (question.RequestType != Vocabulary.MedicalRequest) return core ? AccessDecision.Accept : AccessDecision.Refuse(AdminClosedMessage);
        if (core && question.Urgency != "urgent") return AccessDecision.Accept;
        return MedicalRouteOpen(question.Settings, question.Now) && UnderCap(question.Settings, question.OnlineMedicalToday)
            ? AccessDecision.Accept
            : AccessDecision.Refuse(MedicalClosedMessage);
    }

    /// <summary>The practice's online medical hours on working days; core hours when it has not set any.</summary>
    public bool MedicalRouteOpen(PracticeNavigationSettings? settings, DateTimeOffset now)
    {
        if (settings is null) return calendar.IsCoreHours(now);
        var local = calendar.Local(now);
        var time = TimeOnly.FromDateTime(local);
        return calendar.IsWorkingDay(DateOnly.FromDateTime(local)) && time >= settings.OnlineOpens && time < settings.OnlineCloses;
    }

    private static bool UnderCap(PracticeNavigationSettings? settings, int today) => settings?.DailyOnlineMedicalCap is not { } cap || today < cap;

    /// <summary>The start of today in Europe/London, as an instant: the daily cap counts from here.</summary>
    public DateTimeOffset StartOfToday(DateTimeOffset now) => calendar.Instant(DateOnly.FromDateTime(calendar.Local(now)), TimeOnly.MinValue);
}

/// <summary>What the access rule needs to know.</summary>
public sealed record AccessQuestion(
    bool EnteredByStaff, string RequestType, string Urgency, PracticeNavigationSettings? Settings, int OnlineMedicalToday, DateTimeOffset Now);

/// <summary>Taken, or not now with a message that says what to do instead.</summary>
public sealed record AccessDecision(bool Accepted, string? Message)
{
    public static readonly AccessDecision Accept = new(true, null);
    public static AccessDecision Refuse(string message) => new(false, message);
}

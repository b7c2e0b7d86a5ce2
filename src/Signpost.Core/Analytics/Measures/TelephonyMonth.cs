namespace Signpost.Core.Analytics.Measures;

/// <summary>Cloud telephony of an area in one month: call outcomes, and how long answered and missed callers waited.</summary>
public sealed record TelephonyMonth(string Month, int Practices, long InboundCalls, long Answered, long Missed, long EndedInIvr,
    long CallbackRequested, long CallbackMade, long AnsweredWithin1Min, long AnsweredAfter5Min, long AnsweredWithWaitBands,
    long MissedWithin1Min, long MissedAfter5Min, long MissedWithWaitBands)
{
    public double AnsweredShare => Share(Answered, InboundCalls);
    public double MissedShare => Share(Missed, InboundCalls);
    public double AnsweredWithin1MinShare => Share(AnsweredWithin1Min, AnsweredWithWaitBands);
    public double AnsweredAfter5MinShare => Share(AnsweredAfter5Min, AnsweredWithWaitBands);
    public double MissedAfter5MinShare => Share(MissedAfter5Min, MissedWithWaitBands);

    private static double Share(long part, long total) => total == 0 ? 0 : (double)part / total;
}

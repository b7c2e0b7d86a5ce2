namespace Signpost.Core.Booking;

public static class ScheduleAdjustmentKinds
{
    public const string Unavailable = "unavailable";
    public const string ExtraSession = "extra-session";
}

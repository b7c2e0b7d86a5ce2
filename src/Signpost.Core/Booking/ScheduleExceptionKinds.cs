namespace Signpost.Core.Booking;

public static class ScheduleExceptionKinds
{
    public const string Unavailable = "unavailable";
    public const string ExtraSession = "extra-session";
}

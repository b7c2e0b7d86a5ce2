using Signpost.Core.Booking;
using Signpost.Core.Time;

namespace Signpost.Core.Demo;

/// <summary>One weekly session of a demo schedule (see <see cref="DemoBooking"/>), with its appointment type's rules.</summary>
internal sealed record DemoDiary(Guid ScheduleId, Guid SiteId, Guid TypeId, string TypeCode, short Weekday, TimeOnly Start, TimeOnly End,
    int Minutes, bool SameDay, int NoticeMinutes, Guid? RoomId)
{
    /// <summary>The demo appointment type a request's practice team role and modality are booked into (null: not bookable in the demo).</summary>
    public static string? TypeFor(string? role, string? modality, decimal age, Random random) => role switch
    {
        "gp" when age >= 80 && random.Next(10) < 3 => "demo-paramedic-home-visit",
        "gp" => modality == "phone" ? "demo-gp-phone-same-day" : "demo-gp-face-to-face",
        "practice-nurse" or "advanced-nurse-practitioner" => "demo-nurse-face-to-face",
        "physiotherapist" => "demo-physio-face-to-face",
        "clinical-pharmacist" => "demo-pharmacist-phone",
        _ => null,
    };

    /// <summary>The slot starts this session has on <paramref name="day"/> (UK wall-clock times made instants).</summary>
    public IEnumerable<DateTimeOffset> StartsOn(DateOnly day)
    {
        if (Weekday != (day.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)day.DayOfWeek)) yield break;
        for (var t = Start; t.AddMinutes(Minutes) <= End && t >= Start; t = t.AddMinutes(Minutes)) yield return UkTime.ToInstant(day, t);
    }

    public BookingSlot Slot(DateTimeOffset start) => new()
    {
        Id = Guid.NewGuid(), ScheduleId = ScheduleId, SiteId = SiteId, AppointmentTypeId = TypeId, RoomId = RoomId, StartAt = start,
        EndAt = start.AddMinutes(Minutes), LocalDate = UkTime.DateOf(start), Status = "free", Version = 1,
    };
}

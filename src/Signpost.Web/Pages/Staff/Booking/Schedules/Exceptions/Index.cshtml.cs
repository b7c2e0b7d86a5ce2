using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Booking;
using Signpost.Core.Booking.Rota;
using Signpost.Core.Data;
using Signpost.Core.Time;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Pages.Staff.Booking.Schedules.Exceptions;

/// <summary>Add a dated change to a schedule: time out (a whole day or some hours) or an extra session.</summary>
public class IndexModel(SignpostDb db, RotaEditor rota, TimeProvider clock) : PageModel
{
    public const int ReasonLength = 200;

    public static readonly IReadOnlyList<(string Value, string Text)> Kinds =
        [("", "Select the change"), (ScheduleAdjustmentKinds.Unavailable, "Time out (no appointments)"), (ScheduleAdjustmentKinds.ExtraSession, "An extra session")];

    [BindProperty] public string? OnDate { get; set; }
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? Start { get; set; }
    [BindProperty] public string? End { get; set; }
    [BindProperty] public string? TypeId { get; set; }
    [BindProperty] public string? RoomId { get; set; }
    [BindProperty] public string? Reason { get; set; }
    public ScheduleHeader Header { get; private set; } = null!;
    public List<AppointmentType> Types { get; private set; } = [];
    public List<BookingRoom> Rooms { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        var adjustment = Validate(id);
        if (adjustment is not null && adjustment.Kind == ScheduleAdjustmentKinds.ExtraSession) await CheckOverlapAsync(adjustment);
        if (adjustment is null || !ModelState.IsValid) return Page();
        var change = await rota.AddExceptionAsync(adjustment, AuditActor.User(User.Email(), ClientAddress.Of(HttpContext)), HttpContext.RequestAborted);
        RotaBanner.Set(TempData, adjustment.Kind == ScheduleAdjustmentKinds.ExtraSession ? "Extra session added." : "Time out added.", change);
        return Redirect($"/staff/booking/schedules/{id}");
    }

    private ScheduleAdjustment? Validate(Guid id)
    {
        var day = RotaInput.Date(OnDate);
        if (day is null) ModelState.AddModelError(nameof(OnDate), "Enter the date, like 2026-12-24");
        else if (day < UkTime.DateOf(clock.GetUtcNow())) ModelState.AddModelError(nameof(OnDate), "The date must be today or later");
        var extra = Kind == ScheduleAdjustmentKinds.ExtraSession;
        if (Kind is not (ScheduleAdjustmentKinds.Unavailable or ScheduleAdjustmentKinds.ExtraSession)) ModelState.AddModelError(nameof(Kind), "Select time out or an extra session");
        var (start, end) = (RotaInput.Time(Start), RotaInput.Time(End));
        var wholeDay = !extra && string.IsNullOrWhiteSpace(Start) && string.IsNullOrWhiteSpace(End);
        if (!wholeDay)
        {
            if (start is null) ModelState.AddModelError(nameof(Start), extra ? "Enter the start time as hours and minutes, like 09:00" : "Enter the start time as hours and minutes, like 09:00, or leave both times empty for the whole day");
            if (end is null) ModelState.AddModelError(nameof(End), extra ? "Enter the end time as hours and minutes, like 12:30" : "Enter the end time as hours and minutes, like 12:30, or leave both times empty for the whole day");
            else if (start is not null && end <= start) ModelState.AddModelError(nameof(End), "The end time must be after the start time");
        }
        var type = Types.SingleOrDefault(t => t.Id == RotaInput.Id(TypeId));
        if (extra && type is null) ModelState.AddModelError(nameof(TypeId), "Select the type of appointment the extra session offers");
        var roomId = RotaInput.Id(RoomId);
        if (!string.IsNullOrEmpty(RoomId) && !Rooms.Any(r => r.Id == roomId)) ModelState.AddModelError(nameof(RoomId), "Select a room at this site, or no particular room");
        if (Reason is { Length: > ReasonLength }) ModelState.AddModelError(nameof(Reason), $"Reason must be {ReasonLength} characters or fewer");
        if (!ModelState.IsValid) return null;
        if (extra && RotaChecks.WholeSlotsProblem(start!.Value, end!.Value, type!.DurationMinutes) is { } problem) ModelState.AddModelError(nameof(End), problem);
        return new ScheduleAdjustment
        {
            ScheduleId = id, OnDate = day!.Value, Kind = Kind!, StartTime = wholeDay ? null : start, EndTime = wholeDay ? null : end,
            AppointmentTypeId = extra ? type!.Id : null, RoomId = extra ? roomId : null, Reason = RotaInput.Optional(Reason),
        };
    }

    private async Task CheckOverlapAsync(ScheduleAdjustment extra)
    {
        var patterns = await db.Set<AvailabilityPattern>().AsNoTracking().Where(p => p.ScheduleId == extra.ScheduleId).ToListAsync(HttpContext.RequestAborted);
        var others = await db.Set<ScheduleAdjustment>().AsNoTracking().Where(e => e.ScheduleId == extra.ScheduleId && e.OnDate == extra.OnDate).ToListAsync(HttpContext.RequestAborted);
        if (RotaChecks.OverlappingOnDay(patterns, others, extra.OnDate, extra.StartTime!.Value, extra.EndTime!.Value) is { } other)
        {
            ModelState.AddModelError(nameof(Start), $"This overlaps the session from {RotaChecks.Clock(other.Start)} to {RotaChecks.Clock(other.End)} that day: choose other times");
        }
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var header = await ScheduleHeader.LoadAsync(db, id, HttpContext.RequestAborted);
        if (header is null) return false;
        Header = header;
        Types = await header.TypesAsync(db, HttpContext.RequestAborted);
        Rooms = await header.RoomsAsync(db, HttpContext.RequestAborted);
        return true;
    }
}

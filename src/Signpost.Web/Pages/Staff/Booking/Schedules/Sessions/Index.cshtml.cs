using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Booking;
using Signpost.Core.Booking.Rota;
using Signpost.Core.Data;
using Signpost.Core.Time;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Pages.Staff.Booking.Schedules.Sessions;

/// <summary>Add a weekly session (UK wall-clock time) to a schedule.</summary>
public class IndexModel(SignpostDb db, RotaEditor rota, TimeProvider clock) : PageModel
{
    public static readonly IReadOnlyList<(string Value, string Text)> Weekdays =
        [("", "Select a day"), .. Enumerable.Range(1, 7).Select(d => (d.ToString(System.Globalization.CultureInfo.InvariantCulture), RotaChecks.WeekdayName((short)d)))];

    [BindProperty] public string? Weekday { get; set; }
    [BindProperty] public string? Start { get; set; }
    [BindProperty] public string? End { get; set; }
    [BindProperty] public string? TypeId { get; set; }
    [BindProperty] public string? RoomId { get; set; }
    [BindProperty] public string? ValidFrom { get; set; }
    [BindProperty] public string? ValidUntil { get; set; }
    public ScheduleHeader Header { get; private set; } = null!;
    public List<AppointmentType> Types { get; private set; } = [];
    public List<BookingRoom> Rooms { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        ValidFrom = RotaInput.DateValue(UkTime.DateOf(clock.GetUtcNow()));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id)) return NotFound();
        var pattern = await ValidateAsync(id);
        if (pattern is null) return Page();
        var change = await rota.AddPatternAsync(pattern, AuditActor.User(User.Email(), ClientAddress.Of(HttpContext)), HttpContext.RequestAborted);
        RotaBanner.Set(TempData, "Weekly session added.", change);
        return Redirect($"/staff/booking/schedules/{id}");
    }

    private async Task<AvailabilityPattern?> ValidateAsync(Guid id)
    {
        short? weekday = short.TryParse(Weekday, out var d) && d is >= 1 and <= 7 ? d : null;
        if (weekday is null) ModelState.AddModelError(nameof(Weekday), "Select the day of the week");
        var start = RotaInput.Time(Start);
        var end = RotaInput.Time(End);
        if (start is null) ModelState.AddModelError(nameof(Start), "Enter the start time as hours and minutes, like 09:00");
        if (end is null) ModelState.AddModelError(nameof(End), "Enter the end time as hours and minutes, like 12:30");
        else if (start is not null && end <= start) ModelState.AddModelError(nameof(End), "The end time must be after the start time");
        var type = Types.SingleOrDefault(t => t.Id == RotaInput.Id(TypeId));
        if (type is null) ModelState.AddModelError(nameof(TypeId), "Select the type of appointment the session offers");
        var roomId = RotaInput.Id(RoomId);
        if (!string.IsNullOrEmpty(RoomId) && !Rooms.Any(r => r.Id == roomId)) ModelState.AddModelError(nameof(RoomId), "Select a room at this site, or no particular room");
        var from = RotaInput.Date(ValidFrom);
        var until = RotaInput.Date(ValidUntil);
        if (from is null) ModelState.AddModelError(nameof(ValidFrom), "Enter the first date the session runs, like 2026-12-01");
        if (!string.IsNullOrWhiteSpace(ValidUntil) && until is null) ModelState.AddModelError(nameof(ValidUntil), "Enter the last date the session runs, like 2027-03-31, or leave it empty");
        else if (from is not null && until < from) ModelState.AddModelError(nameof(ValidUntil), "The last date cannot be before the first date");
        if (!ModelState.IsValid) return null;

        if (RotaChecks.WholeSlotsProblem(start!.Value, end!.Value, type!.DurationMinutes) is { } problem) ModelState.AddModelError(nameof(End), problem);
        var pattern = new AvailabilityPattern
        {
            ScheduleId = id, Weekday = weekday!.Value, StartTime = start.Value, EndTime = end.Value, AppointmentTypeId = type.Id,
            RoomId = roomId, ValidFrom = from!.Value, ValidUntil = until,
        };
        var existing = await db.Set<AvailabilityPattern>().AsNoTracking().Where(p => p.ScheduleId == id).ToListAsync(HttpContext.RequestAborted);
        if (RotaChecks.Overlapping(existing, pattern) is { } other)
        {
            ModelState.AddModelError(nameof(Start), $"This overlaps the {RotaChecks.WeekdayName(other.Weekday)} session from {RotaChecks.Clock(other.StartTime)} to {RotaChecks.Clock(other.EndTime)}: change the times or dates, or remove that session first");
        }
        return ModelState.IsValid ? pattern : null;
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

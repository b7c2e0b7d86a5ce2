using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Booking;
using Signpost.Core.Booking.Rota;
using Signpost.Core.Data;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Pages.Staff.Booking.Schedules.Schedule;

/// <summary>One schedule: its weekly sessions, dated exceptions, the practitioner's leave, and booked appointments to rebook.</summary>
public class IndexModel(SignpostDb db, RotaEditor rota, ScheduleEditor schedules, RotaSlots slots, TimeProvider clock) : PageModel
{
    public ScheduleHeader Header { get; private set; } = null!;
    public IReadOnlyList<AvailabilityPattern> Sessions { get; private set; } = [];
    public IReadOnlyList<ScheduleAdjustment> Exceptions { get; private set; } = [];
    public IReadOnlyList<PractitionerLeave> Leave { get; private set; } = [];
    public IReadOnlyList<AppointmentToRebook> ToRebook { get; private set; } = [];
    public IReadOnlyDictionary<Guid, AppointmentType> Types { get; private set; } = new Dictionary<Guid, AppointmentType>();
    public IReadOnlyDictionary<Guid, string> Rooms { get; private set; } = new Dictionary<Guid, string>();
    public int FreeSlotsAhead { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRemoveSessionAsync(Guid id, Guid itemId) =>
        Done(id, "Weekly session removed.", await rota.RemovePatternAsync(id, itemId, Actor(), HttpContext.RequestAborted));

    public async Task<IActionResult> OnPostRemoveExceptionAsync(Guid id, Guid itemId) =>
        Done(id, "Dated change removed.", await rota.RemoveExceptionAsync(id, itemId, Actor(), HttpContext.RequestAborted));

    public async Task<IActionResult> OnPostRemoveLeaveAsync(Guid id, Guid itemId) =>
        Done(id, "Leave removed.", await rota.RemoveLeaveAsync(id, itemId, Actor(), HttpContext.RequestAborted));

    public async Task<IActionResult> OnPostActiveAsync(Guid id, bool active) =>
        Done(id, active ? "Schedule reactivated." : "Schedule deactivated: its free times can no longer be booked.",
            await schedules.SetActiveAsync(id, active, Actor(), HttpContext.RequestAborted));

    private IActionResult Done(Guid id, string done, RotaChange? change)
    {
        if (change is null) return NotFound();
        RotaBanner.Set(TempData, done, change);
        return Redirect($"/staff/booking/schedules/{id}");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var header = await ScheduleHeader.LoadAsync(db, id, cancellationToken);
        if (header is null) return false;
        Header = header;
        var today = Signpost.Core.Time.UkTime.DateOf(clock.GetUtcNow());
        Sessions = await db.Set<AvailabilityPattern>().AsNoTracking().Where(p => p.ScheduleId == id && (p.ValidUntil == null || p.ValidUntil >= today))
            .OrderBy(p => p.Weekday).ThenBy(p => p.StartTime).ToListAsync(cancellationToken);
        Exceptions = await db.Set<ScheduleAdjustment>().AsNoTracking().Where(e => e.ScheduleId == id && e.OnDate >= today)
            .OrderBy(e => e.OnDate).ThenBy(e => e.StartTime).Take(500).ToListAsync(cancellationToken);
        Leave = await db.Set<PractitionerLeave>().AsNoTracking().Where(l => l.PractitionerId == header.Practitioner.Id && l.LastDay >= today)
            .OrderBy(l => l.FirstDay).Take(500).ToListAsync(cancellationToken);
        Types = await db.AppointmentTypes.AsNoTracking().ToDictionaryAsync(t => t.Id, cancellationToken);
        Rooms = await db.Set<BookingRoom>().AsNoTracking().Where(r => r.SiteId == header.Site.Id).ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
        ToRebook = await slots.FindToRebookAsync([id], cancellationToken);
        var now = clock.GetUtcNow();
        FreeSlotsAhead = await db.BookingSlots.CountAsync(s => s.ScheduleId == id && s.Status == "free" && s.StartAt >= now, cancellationToken);
        return true;
    }

    public string TypeName(Guid? typeId) => typeId is { } t && Types.TryGetValue(t, out var type) ? $"{type.Name} ({type.DurationMinutes} min)" : "";

    public string RoomName(Guid? roomId) => roomId is { } r && Rooms.TryGetValue(r, out var name) ? name : "";

    private AuditActor Actor() => AuditActor.User(User.Email(), ClientAddress.Of(HttpContext));
}

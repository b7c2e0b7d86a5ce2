using Microsoft.EntityFrameworkCore;
using Signpost.Core.Booking;
using Signpost.Core.Data;

namespace Signpost.Web.Pages.Staff.Booking.Schedules;

/// <summary>A schedule with its practitioner and site, as shown at the top of the rota pages.</summary>
public sealed record ScheduleHeader(BookingSchedule Schedule, Practitioner Practitioner, BookingSite Site)
{
    public string Title => $"{Practitioner.DisplayName} ({MdtRoles.NameOf(Practitioner.Role)}) at {Site.Name}{(Site.IsHub ? " (PCN hub)" : "")}";

    public static async Task<ScheduleHeader?> LoadAsync(SignpostDb db, Guid id, CancellationToken cancellationToken)
    {
        var found = await (from s in db.BookingSchedules.AsNoTracking()
                           join p in db.Practitioners.AsNoTracking() on s.PractitionerId equals p.Id
                           join site in db.BookingSites.AsNoTracking() on s.SiteId equals site.Id
                           where s.Id == id
                           select new { s, p, site }).SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : new ScheduleHeader(found.s, found.p, found.site);
    }

    /// <summary>The appointment types a session of this practitioner can offer (their MDT role's), shortest first.</summary>
    public async Task<List<AppointmentType>> TypesAsync(SignpostDb db, CancellationToken cancellationToken) =>
        await db.AppointmentTypes.AsNoTracking().Where(t => t.Role == Practitioner.Role).OrderBy(t => t.Name).ThenBy(t => t.DurationMinutes).ToListAsync(cancellationToken);

    public async Task<List<BookingRoom>> RoomsAsync(SignpostDb db, CancellationToken cancellationToken) =>
        await db.Set<BookingRoom>().AsNoTracking().Where(r => r.SiteId == Site.Id).OrderBy(r => r.Name).ToListAsync(cancellationToken);

    public static IReadOnlyList<(string Value, string Text)> TypeOptions(IEnumerable<AppointmentType> types) =>
        [("", "Select an appointment type"), .. types.Select(t => (t.Id.ToString(), $"{t.Name}: {t.DurationMinutes} minutes, {Modalities.NameOf(t.Modality).ToLowerInvariant()}"))];

    public static IReadOnlyList<(string Value, string Text)> RoomOptions(IEnumerable<BookingRoom> rooms) =>
        [("", "No particular room"), .. rooms.Select(r => (r.Id.ToString(), r.Name))];
}

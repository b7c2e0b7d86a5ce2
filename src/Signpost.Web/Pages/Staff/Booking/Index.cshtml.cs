using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Booking;
using Signpost.Core.Booking.Appointments;
using Signpost.Core.Booking.FromRequests;
using Signpost.Core.Booking.Links;
using Signpost.Core.Booking.Slots;
using Signpost.Core.Booking.Waitlist;
using Signpost.Core.Data;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Pages.Staff.Booking;

/// <summary>A navigator books a triaged request into a slot that fits its role, modality, urgency and site.</summary>
public class IndexModel(SignpostDb db, SlotSearch search, SlotBooker booker, AppointmentReader reader, BookingLinks links, WaitlistService waitlist, AuditLog audit, TimeProvider clock) : PageModel
{
    public const int MaxResults = 30;

    [BindProperty(SupportsGet = true)] public BookingRequestForm Form { get; set; } = new();
    [BindProperty] public Guid? SlotId { get; set; }
    [BindProperty] public string? IdempotencyKey { get; set; }
    public BookingChoices Choices { get; private set; } = new([], []);
    public IReadOnlyList<SlotView>? Slots { get; private set; }

    /// <summary>After sending a self-booking link: its address (also in the message queued for the person).</summary>
    public string? SentLink { get; private set; }
    public bool AddedToWaitlist { get; private set; }
    public bool AlreadyWaiting { get; private set; }

    /// <summary>Why the request the page was opened from cannot be booked (an emergency, another service, …).</summary>
    public string? NotBookable { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "request")] Guid? request)
    {
        Choices = await BookingChoices.LoadAsync(db, HttpContext.RequestAborted);
        if (request is { } requestId) return await FromRequestAsync(requestId);
        if (Form.Rebook is { } previous && await reader.GetAsync(previous, HttpContext.RequestAborted) is { } old)
        {
            // Rebooking keeps the person's details server-side, so none of them travels in the address.
            (Form.PatientName, Form.NhsNumber, Form.Phone, Form.Email) = (old.PatientName, old.PatientNhsNumber, old.PatientPhone, old.PatientEmail);
            Form.PracticeCode ??= await db.BookingSites.Where(s => s.Id == old.SiteId).Select(s => s.PracticeCode).SingleAsync(HttpContext.RequestAborted);
        }
        return Page();
    }

    /// <summary>
    /// Opened from a triaged request: the form is filled from it (person, practice, role, how, how soon, language).
    /// Showing the person's details is a view of their request, so it is audited. An emergency, or a request for
    /// another service, is not booked: the page says why and fills nothing.
    /// </summary>
    private async Task<IActionResult> FromRequestAsync(Guid requestId)
    {
        var item = await db.NavigationRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == requestId, HttpContext.RequestAborted);
        if (item is null) return NotFound();
        NotBookable = RequestBooking.WhyNot(item);
        audit.Record(Actor(), "navigation-request.viewed-for-booking", "navigation-request", requestId.ToString(), new { bookable = NotBookable is null });
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        if (NotBookable is not null) return Page();
        Form = new BookingRequestForm
        {
            RequestId = item.Id, PatientName = item.PersonName, Phone = item.Phone, Email = item.Email, Language = item.PreferredLanguage,
            PracticeCode = item.PracticeOdsCode is { } code && Choices.PracticeCodes.Contains(code) ? code : null,
            Role = RequestBooking.Role(item.CurrentRole), Modality = RequestBooking.Modality(item.CurrentModality), Urgency = RequestBooking.TimeFrame(item.CurrentUrgency),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostFindAsync()
    {
        Choices = await BookingChoices.LoadAsync(db, HttpContext.RequestAborted);
        ModelState.Clear();
        if (Form.Validate(ModelState, Choices.PracticeCodes, needsContact: false)) await FindAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostBookAsync()
    {
        Choices = await BookingChoices.LoadAsync(db, HttpContext.RequestAborted);
        ModelState.Clear();
        if (!Form.Validate(ModelState, Choices.PracticeCodes, needsContact: false)) return Page();
        if (SlotId is null)
        {
            ModelState.AddModelError(nameof(SlotId), "Select a time");
            await FindAsync();
            return Page();
        }
        var result = await booker.BookSlotAsync(new BookSlotOptions(SlotId.Value, Form.Patient(), BookingChannels.Navigator, Actor())
        {
            RequestId = Form.RequestId, RebookFrom = Form.Rebook, IdempotencyKey = IdempotencyKey,
        }, HttpContext.RequestAborted);
        if (result.Succeeded) return Redirect($"/staff/booking/appointments/{result.Appointment!.Id}?booked=true");
        ModelState.AddModelError(nameof(SlotId), result.Problem ?? "That time cannot be booked. Choose another time");
        await FindAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostLinkAsync()
    {
        Choices = await BookingChoices.LoadAsync(db, HttpContext.RequestAborted);
        ModelState.Clear();
        if (!Form.Validate(ModelState, Choices.PracticeCodes, needsContact: true)) return Page();
        var token = await links.CreateSelfBookingLinkAsync(Form.Patient(), Form.Need(clock.GetUtcNow()), Actor(), Form.RequestId, HttpContext.RequestAborted);
        SentLink = $"{Request.Scheme}://{Request.Host}{BookingLinks.SelfBookPathPrefix}{token}";
        return Page();
    }

    public async Task<IActionResult> OnPostWaitlistAsync()
    {
        Choices = await BookingChoices.LoadAsync(db, HttpContext.RequestAborted);
        ModelState.Clear();
        if (!Form.Validate(ModelState, Choices.PracticeCodes, needsContact: true)) return Page();
        var entry = await waitlist.AddAsync(new AddToWaitlistOptions(Form.Patient(), Form.Need(clock.GetUtcNow()), Actor(), Form.RequestId), HttpContext.RequestAborted);
        AddedToWaitlist = entry is not null;
        AlreadyWaiting = entry is null;
        return Page();
    }

    private AuditActor Actor() => AuditActor.User(User.Email(), ClientAddress.Of(HttpContext));

    private async Task FindAsync()
    {
        var need = Form.Need(clock.GetUtcNow());
        Slots = await search.FindAsync(new SlotQuery(need.EarliestAt, need.LatestAt)
        {
            PracticeCode = need.PracticeCode, Role = need.Role, Modality = need.Modality, SiteId = need.SiteId, Limit = MaxResults,
        }, HttpContext.RequestAborted);
        IdempotencyKey = Guid.NewGuid().ToString();
    }
}

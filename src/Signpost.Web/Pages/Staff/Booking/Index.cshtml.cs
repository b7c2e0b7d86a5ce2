using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Booking;
using Signpost.Core.Booking.Appointments;
using Signpost.Core.Booking.Links;
using Signpost.Core.Booking.Slots;
using Signpost.Core.Booking.Waitlist;
using Signpost.Core.Data;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Pages.Staff.Booking;

/// <summary>A navigator books a triaged request into a slot that fits its role, modality, urgency and site.</summary>
public class IndexModel(SignpostDb db, SlotSearch search, SlotBooker booker, AppointmentReader reader, BookingLinks links, WaitlistService waitlist, TimeProvider clock) : PageModel
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

    public async Task OnGetAsync()
    {
        Choices = await BookingChoices.LoadAsync(db, HttpContext.RequestAborted);
        if (Form.Rebook is { } previous && await reader.GetAsync(previous, HttpContext.RequestAborted) is { } old)
        {
            // Rebooking keeps the person's details server-side, so none of them travels in the address.
            (Form.PatientName, Form.NhsNumber, Form.Phone, Form.Email) = (old.PatientName, old.PatientNhsNumber, old.PatientPhone, old.PatientEmail);
            Form.PracticeCode ??= await db.BookingSites.Where(s => s.Id == old.SiteId).Select(s => s.PracticeCode).SingleAsync(HttpContext.RequestAborted);
        }
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

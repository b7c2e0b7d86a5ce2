using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Signpost.Core.Audit;
using Signpost.Core.Booking;
using Signpost.Core.Booking.Holds;
using Signpost.Core.Booking.Links;
using Signpost.Core.Booking.Slots;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Pages.Booking.SelfBook;

/// <summary>The person opens their self-booking link and picks a time that fits; it is kept for them while they confirm.</summary>
public class IndexModel(BookingLinks links, SlotSearch search, HoldService holds, TimeProvider clock) : PageModel
{
    public const int MaxChoices = 40;

    public BookingLink? Link { get; private set; }
    public string? Problem { get; private set; }
    public IReadOnlyList<SlotView> Slots { get; private set; } = [];
    [BindProperty] public Guid? SlotId { get; set; }

    public async Task<IActionResult> OnGetAsync(string token)
    {
        if (!await LoadAsync(token)) return NotFound();
        if (Problem is null) await FindAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token)
    {
        if (!await LoadAsync(token)) return NotFound();
        if (Problem is not null) return Page();
        if (SlotId is null)
        {
            ModelState.AddModelError(nameof(SlotId), "Select a time");
        }
        else
        {
            var hold = await holds.PlaceHoldAsync(SlotId.Value, Link!.Id, AuditActor.Anonymous(ClientAddress.Of(HttpContext)), HttpContext.RequestAborted);
            if (hold.Held) return Redirect($"/book/{token}/confirm/{hold.HoldId}");
            ModelState.AddModelError(nameof(SlotId), "That time has just been taken. Select another time");
        }
        await FindAsync();
        return Page();
    }

    private async Task<bool> LoadAsync(string token)
    {
        Link = await links.FindAsync(token, BookingLinkPurposes.SelfBook, HttpContext.RequestAborted);
        if (Link is null) return false;
        Problem = Link.UsedAt is not null ? "This link has already been used" : !links.IsOpen(Link) ? "This link has expired" : null;
        return true;
    }

    private async Task FindAsync()
    {
        var now = clock.GetUtcNow();
        var from = Link!.EarliestAt > now ? Link.EarliestAt.Value : now;
        Slots = await search.FindAsync(new SlotQuery(from, Link.LatestAt!.Value)
        {
            PracticeCode = Link.PracticeCode, Role = Link.Role, Modality = Link.Modality, SiteId = Link.SiteId, Limit = MaxChoices,
        }, HttpContext.RequestAborted);
    }
}

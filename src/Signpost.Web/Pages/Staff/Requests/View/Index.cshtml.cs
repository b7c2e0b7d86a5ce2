using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Core.Data;
using Signpost.Core.Navigation;
using Signpost.Core.Navigation.Capacity;
using Signpost.Core.Navigation.Feedback;
using Signpost.Core.Navigation.Queue;
using Signpost.Core.Navigation.Requests;
using Signpost.Web.Infrastructure;

namespace Signpost.Web.Pages.Staff.Requests.View;

/// <summary>One request: details, suggested and final disposition, and the staff actions. Every view is audited.</summary>
public class IndexModel(SignpostDb db, AuditLog audit, RequestAssignment assignment, RequestReview review, RequestOutcome outcome,
    FirstContactFeedbackService feedback, NavigationAssessor assessor, WorkingCalendar calendar) : PageModel
{
    public NavigationRequest Item { get; private set; } = null!;
    public IReadOnlyList<string> StaffEmails { get; private set; } = [];
    public IReadOnlyList<string> Pathways => assessor.Rules.PharmacyFirst.Select(p => p.Id).ToList();
    public bool IsClinician => User.IsInRole(StaffRoles.Clinician);
    public bool HasFeedback { get; private set; }

    [BindProperty] public ReviewInput Review { get; set; } = new();
    [BindProperty] public string? AssignRole { get; set; }
    [BindProperty] public string? AssignTo { get; set; }
    [BindProperty] public string? OutcomeMessage { get; set; }
    [BindProperty] public FeedbackInput Feedback { get; set; } = new();

    private AuditActor Actor => AuditActor.User(User.Email(), ClientAddress.Of(HttpContext));

    public async Task<IActionResult> OnGetAsync(Guid id) => await ShowAsync(id, audited: true);

    public async Task<IActionResult> OnPostTakeAsync(Guid id) =>
        await assignment.TakeAsync(id, User.Email(), Actor, HttpContext.RequestAborted) ? Redirect($"/staff/requests/{id}") : NotFound();

    public async Task<IActionResult> OnPostAssignAsync(Guid id)
    {
        var problem = await assignment.AssignAsync(id, AssignRole, AssignTo, Actor, HttpContext.RequestAborted);
        if (problem is null) return Redirect($"/staff/requests/{id}");
        ModelState.AddModelError(nameof(AssignRole), problem);
        return await ShowAsync(id, audited: false);
    }

    public async Task<IActionResult> OnPostReviewAsync(Guid id)
    {
        if (!IsClinician) return Forbid();
        var errors = await review.ReviewAsync(Review.ToOptions(id, User.Email()), Actor, HttpContext.RequestAborted);
        if (errors.Count == 0) return Redirect($"/staff/requests/{id}");
        foreach (var (key, message) in errors) ModelState.AddModelError("Review." + key, message);
        return await ShowAsync(id, audited: false);
    }

    public async Task<IActionResult> OnPostOutcomeAsync(Guid id)
    {
        var errors = await outcome.SendAsync(id, OutcomeMessage, User.Email(), $"{HttpContext.Request.Scheme}://{HttpContext.Request.Host}", Actor, HttpContext.RequestAborted);
        if (errors.Count == 0) return Redirect($"/staff/requests/{id}");
        ModelState.AddAll(errors);
        return await ShowAsync(id, audited: false);
    }

    public async Task<IActionResult> OnPostFeedbackAsync(Guid id)
    {
        var errors = await feedback.SubmitByStaffAsync(id, Feedback.ToAnswers(), User.Email(), Actor, HttpContext.RequestAborted);
        if (errors.Count == 0) return Redirect($"/staff/requests/{id}");
        foreach (var (key, message) in errors) ModelState.AddModelError("Feedback." + key, message);
        return await ShowAsync(id, audited: false);
    }

    public string Local(DateTimeOffset? instant) => instant is null ? "" : calendar.Local(instant.Value).ToString("ddd d MMM yyyy HH:mm", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    private async Task<IActionResult> ShowAsync(Guid id, bool audited)
    {
        var request = await db.NavigationRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, HttpContext.RequestAborted);
        if (request is null) return NotFound();
        Item = request;
        StaffEmails = await db.StaffUsers.Where(u => !u.Disabled).OrderBy(u => u.Email).Select(u => u.Email).ToListAsync(HttpContext.RequestAborted);
        HasFeedback = await db.FirstContactFeedback.AnyAsync(f => f.RequestId == id, HttpContext.RequestAborted);
        // Every view of a person's request is audited, including a page shown again after a form error.
        audit.Record(Actor, audited ? "navigation-request.viewed" : "navigation-request.viewed-after-error", "navigation-request", id.ToString());
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        return Page();
    }
}

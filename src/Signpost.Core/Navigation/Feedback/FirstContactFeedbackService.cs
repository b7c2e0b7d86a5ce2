using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Data;

namespace Signpost.Core.Navigation.Feedback;

/// <summary>Takes first-contact feedback by single-use link, or from staff on the person's behalf.</summary>
public sealed class FirstContactFeedbackService(SignpostDb db, AuditLog audit, TimeProvider clock)
{
    /// <summary>Whether a link can still be used: usable, already used, or unknown/expired.</summary>
    public async Task<FeedbackLinkState> StateAsync(string token, CancellationToken cancellationToken = default)
    {
        var hash = FeedbackLinks.Hash(token);
        var row = await db.FeedbackTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        if (row is null || row.ExpiresAt < clock.GetUtcNow()) return FeedbackLinkState.NotFound;
        return row.UsedAt is null ? FeedbackLinkState.Usable : FeedbackLinkState.Used;
    }

    /// <summary>Saves the answers and uses up the link in one transaction; a second use (even at the same moment) is refused.</summary>
    public async Task<(FeedbackLinkState State, Dictionary<string, string> Errors)> SubmitByLinkAsync(string token, FeedbackAnswers answers, CancellationToken cancellationToken = default)
    {
        var errors = answers.Validate();
        var state = await StateAsync(token, cancellationToken);
        if (state != FeedbackLinkState.Usable || errors.Count > 0) return (state, errors);
        var now = clock.GetUtcNow();
        var hash = FeedbackLinks.Hash(token);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var used = await db.FeedbackTokens.Where(t => t.TokenHash == hash && t.UsedAt == null && t.ExpiresAt >= now)
            .ExecuteUpdateAsync(u => u.SetProperty(t => t.UsedAt, now), cancellationToken);
        if (used == 0) return (FeedbackLinkState.Used, errors);
        var requestId = await db.FeedbackTokens.Where(t => t.TokenHash == hash).Select(t => t.RequestId).SingleAsync(cancellationToken);
        var language = await db.NavigationRequests.Where(r => r.Id == requestId).Select(r => r.PreferredLanguage).SingleAsync(cancellationToken);
        Add(requestId, "link", null, answers with { Language = language }, now);
        audit.Record(AuditActor.Anonymous(null), "first-contact-feedback.given", "navigation-request", requestId.ToString());
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (FeedbackLinkState.Answered, errors);
    }

    /// <summary>Staff record the answers the person gave by phone or in person.</summary>
    public async Task<Dictionary<string, string>> SubmitByStaffAsync(Guid requestId, FeedbackAnswers answers, string staffEmail, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var errors = answers.Validate();
        if (!await db.NavigationRequests.AnyAsync(r => r.Id == requestId, cancellationToken)) errors["RequestId"] = "The request was not found";
        if (errors.Count > 0) return errors;
        Add(requestId, "staff", staffEmail, answers, clock.GetUtcNow());
        audit.Record(actor, "first-contact-feedback.recorded", "navigation-request", requestId.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return errors;
    }

    private void Add(Guid requestId, string via, string? staff, FeedbackAnswers a, DateTimeOffset now) => db.FirstContactFeedback.Add(new FirstContactFeedback
    {
        RequestId = requestId, SubmittedAt = now, Via = via, EnteredBy = staff, Ease = (short)a.Ease!.Value, Respect = (short)a.Respect!.Value,
        PreferenceRespected = a.PreferenceRespected!, Language = a.Language,
    });
}

/// <summary>Where a feedback link stands.</summary>
public enum FeedbackLinkState
{
    NotFound,
    Usable,
    Used,

    /// <summary>The answers were saved just now with this link.</summary>
    Answered,
}

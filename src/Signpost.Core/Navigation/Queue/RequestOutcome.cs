using Signpost.Core.Audit;
using Signpost.Core.Data;
using Signpost.Core.Navigation.Feedback;
using Signpost.Core.Navigation.Outbox;
using Signpost.Core.Navigation.Requests;

namespace Signpost.Core.Navigation.Queue;

/// <summary>
/// Records the outcome of a request and, in the same transaction, queues the message to the person (SMS to a
/// mobile, else e-mail) with a single-use feedback link. The request then leaves the open queue.
/// </summary>
public sealed class RequestOutcome(SignpostDb db, AuditLog audit, TimeProvider clock)
{
    public const int MaxMessageLength = 900;

    public async Task<Dictionary<string, string>> SendAsync(Guid id, string? message, string staffEmail, string feedbackBaseUrl, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(message)) errors["OutcomeMessage"] = "Write the outcome message to the person";
        else if (message.Length > MaxMessageLength) errors["OutcomeMessage"] = $"The message must be {MaxMessageLength} characters or fewer";
        var request = await db.NavigationRequests.FindAsync([id], cancellationToken);
        if (request is null) errors["OutcomeMessage"] = "The request was not found";
        else if (request.OutcomeAt is not null) errors["OutcomeMessage"] = "An outcome has already been sent for this request";
        if (errors.Count > 0) return errors;

        var now = clock.GetUtcNow();
        var token = FeedbackLinks.NewToken();
        db.FeedbackTokens.Add(new FeedbackToken { TokenHash = FeedbackLinks.Hash(token), RequestId = id, CreatedAt = now, ExpiresAt = now + FeedbackLinks.Lifetime });
        var body = message!.Trim() + $"\n\nTell us how it went (3 short questions): {feedbackBaseUrl.TrimEnd('/')}/feedback/{token}";
        var channel = request!.Phone is { } phone && phone.StartsWith("07", StringComparison.Ordinal) ? "sms" : request.Email is not null ? "email" : null;
        if (channel is not null)
        {
            db.Outbox.Add(new OutboxMessage
            {
                Id = Guid.NewGuid(), RequestId = id, Channel = channel, Recipient = channel == "sms" ? request.Phone! : request.Email!, Body = body,
                CreatedAt = now, NextAttemptAt = now,
            });
        }
        request.OutcomeAt = now;
        request.OutcomeMessage = message.Trim();
        request.Status = "closed";
        request.HandledBy ??= staffEmail;
        db.NavigationAccessEvents.Add(OutcomeEvent(request, now));
        audit.Record(actor, "navigation-request.outcome-sent", "navigation-request", id.ToString(), new { channel = channel ?? "none" });
        await db.SaveChangesAsync(cancellationToken);
        return errors;
    }

    private static AccessEvent OutcomeEvent(NavigationRequest r, DateTimeOffset now) => new()
    {
        OccurredAt = now, RequestId = r.Id, Event = "outcome", Channel = r.Channel, PracticeOdsCode = r.PracticeOdsCode,
        Language = r.PreferredLanguage, CommunicationNeeds = [.. r.CommunicationNeeds], AgeBand = AccessEvent.AgeBandOf(r.AgeYears), Sex = r.Sex,
        EnteredByStaff = r.EnteredBy is not null, ForSomeoneElse = r.ForSomeoneElse, Urgency = r.CurrentUrgency, Destination = r.CurrentDestination,
        Role = r.CurrentRole, Pathway = r.CurrentPathway, Modality = r.CurrentModality, PreferredModality = r.PreferredModality,
        TimeToOutcomeSeconds = (int)Math.Min(int.MaxValue, (now - r.CreatedAt).TotalSeconds), IsDemo = r.IsDemo,
    };
}

using Signpost.Core.Audit;
using Signpost.Core.Data;

namespace Signpost.Core.Navigation.Queue;

/// <summary>
/// Clinician review: accepting copies the suggestion into the final disposition; overriding sets a new one and needs
/// a reason. The suggestion itself is never changed, so both stay on the record.
/// </summary>
public sealed class RequestReview(SignpostDb db, NavigationAssessor assessor, AuditLog audit, TimeProvider clock)
{
    public const int MaxReasonLength = 1000;

    public async Task<Dictionary<string, string>> ReviewAsync(ReviewOptions o, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var errors = o.Override ? Validate(o) : [];
        if (!o.Override && o.Reason?.Length > MaxReasonLength) errors["Reason"] = $"Reason must be {MaxReasonLength} characters or fewer";
        var request = await db.NavigationRequests.FindAsync([o.RequestId], cancellationToken);
        if (request is null) errors["RequestId"] = "The request was not found";
        if (errors.Count > 0) return errors;
        var before = new { request!.FinalUrgency, request.FinalDestination, request.FinalRole, request.FinalPathway, request.FinalModality, request.ReviewDecision };
        request.FinalUrgency = o.Override ? o.Urgency : request.SuggestedUrgency;
        request.FinalDestination = o.Override ? o.Destination : request.SuggestedDestination;
        request.FinalRole = o.Override ? o.Role : request.SuggestedRole;
        request.FinalPathway = o.Override ? o.Pathway : request.SuggestedPathway;
        request.FinalModality = o.Override ? o.Modality : request.SuggestedModality;
        request.ReviewDecision = o.Override ? "overridden" : "accepted";
        request.ReviewReason = string.IsNullOrWhiteSpace(o.Reason) ? null : o.Reason.Trim();
        request.ReviewedBy = o.ClinicianEmail;
        request.ReviewedAt = clock.GetUtcNow();
        audit.Record(actor, "navigation-request." + request.ReviewDecision, "navigation-request", request.Id.ToString(), new
        {
            before,
            after = new { request.FinalUrgency, request.FinalDestination, request.FinalRole, request.FinalPathway, request.FinalModality },
            suggested = new { request.SuggestedUrgency, request.SuggestedDestination, request.SuggestedRole },
        });
        await db.SaveChangesAsync(cancellationToken);
        return errors;
    }

    private Dictionary<string, string> Validate(ReviewOptions o)
    {
        var errors = new Dictionary<string, string>();
        if (!Vocabulary.Urgencies.Contains(o.Urgency ?? "")) errors["Urgency"] = "Select the urgency";
        if (!Vocabulary.Destinations.Contains(o.Destination ?? "")) errors["Destination"] = "Select where the person should go";
        if (o.Destination == Vocabulary.GeneralPractice && !Vocabulary.Roles.Contains(o.Role ?? "")) errors["Role"] = "Select the practice team role";
        if (o.Destination != Vocabulary.GeneralPractice && !string.IsNullOrEmpty(o.Role)) errors["Role"] = "Only a general practice destination has a role";
        var pathways = assessor.Rules.PharmacyFirst.Select(p => p.Id).ToList();
        if (!string.IsNullOrEmpty(o.Pathway) && (o.Destination != Vocabulary.CommunityPharmacy || !pathways.Contains(o.Pathway))) errors["Pathway"] = "A Pharmacy First pathway goes only with a community pharmacy";
        if (!Vocabulary.Modalities.Contains(o.Modality ?? "")) errors["Modality"] = "Select how the person will be seen";
        if (string.IsNullOrWhiteSpace(o.Reason)) errors["Reason"] = "Give the reason for changing the suggested disposition";
        else if (o.Reason.Length > MaxReasonLength) errors["Reason"] = $"Reason must be {MaxReasonLength} characters or fewer";
        return errors;
    }
}

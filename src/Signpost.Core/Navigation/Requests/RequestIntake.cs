using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Data;
using Signpost.Core.Navigation.Capacity;

namespace Signpost.Core.Navigation.Requests;

/// <summary>
/// Takes a request from any channel: validates it, assesses it with the rule set, applies the online access rule,
/// and saves the request, its access event and its audit entry in one transaction (or nothing at all).
/// </summary>
public sealed class RequestIntake(SignpostDb db, NavigationAssessor assessor, WorkingCalendar calendar, AuditLog audit, TimeProvider clock)
{
    private const string ReferenceAlphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public async Task<SubmitResult> SubmitAsync(SubmitRequestOptions options, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(calendar.Local(now));
        var errors = await ValidateAsync(options, cancellationToken);
        if (errors.Count > 0) return SubmitResult.Invalid(errors);

        var age = options.DateOfBirth is { } born ? AgeOn(born, today) : options.AgeYears!.Value;
        var assessment = assessor.Assess(ToInput(options, age));
        var staff = options.EnteredBy is not null;
        var decision = staff ? AccessDecision.Accept : await DecideAccessAsync(options, assessment, now, cancellationToken);
        if (!decision.Accepted)
        {
            db.NavigationAccessEvents.Add(Event("not-accepted", null, options, age, assessment, now));
            await db.SaveChangesAsync(cancellationToken);
            return new SubmitResult(null, assessment, decision.Message, new Dictionary<string, string>());
        }
        var request = NewRequest(options, age, assessment, now);
        db.NavigationRequests.Add(request);
        db.NavigationAccessEvents.Add(Event("submitted", request.Id, options, age, assessment, now));
        audit.Record(actor, "navigation-request.submitted", "navigation-request", request.Id.ToString(),
            new { request.Reference, request.Channel, urgency = assessment.Urgency, request.RuleSetVersion });
        await db.SaveChangesAsync(cancellationToken);
        return new SubmitResult(request, assessment, null, new Dictionary<string, string>());
    }

    /// <summary>Every problem with the fields (including an unknown practice), without saving anything.</summary>
    public async Task<Dictionary<string, string>> ValidateAsync(SubmitRequestOptions options, CancellationToken cancellationToken = default)
    {
        var errors = RequestValidator.Validate(options, assessor, DateOnly.FromDateTime(calendar.Local(clock.GetUtcNow())));
        if (options.PracticeOdsCode is { Length: > 0 } code && !await db.GpPractices.AnyAsync(p => p.OdsCode == code && p.StatusCode == "A", cancellationToken))
        {
            errors.TryAdd(nameof(options.PracticeOdsCode), "Select the GP practice they are registered with");
        }
        return errors;
    }

    /// <summary>Records that the red-flag screen gave emergency advice before any details were entered (no personal data).</summary>
    public async Task RecordEmergencyAdviceAsync(string channel, IReadOnlyList<string> redFlags, CancellationToken cancellationToken = default)
    {
        db.NavigationAccessEvents.Add(new AccessEvent
        {
            OccurredAt = clock.GetUtcNow(), Event = "emergency-advice", Channel = channel, EnteredByStaff = false,
            Urgency = Vocabulary.Emergency, Destination = redFlags.Count > 0 ? assessor.Assess(new AssessmentInput { AgeYears = 30, Sex = "other", Description = "-", RedFlags = redFlags }).Destination.Type : null,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public static decimal AgeOn(DateOnly born, DateOnly today)
    {
        var years = today.Year - born.Year - (today < born.AddYears(today.Year - born.Year) ? 1 : 0);
        if (years >= 2) return years;
        return Math.Round((today.DayNumber - born.DayNumber) / 365.25m, 2);
    }

    private async Task<AccessDecision> DecideAccessAsync(SubmitRequestOptions options, Assessment assessment, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var access = new OnlineAccess(calendar);
        var settings = await db.PracticeNavigationSettings.FindAsync([options.PracticeOdsCode], cancellationToken);
        var since = access.StartOfToday(now);
        var today = await db.NavigationRequests.CountAsync(r => r.PracticeOdsCode == options.PracticeOdsCode && r.Channel == RequestVocabulary.Online
            && r.RequestType == Vocabulary.MedicalRequest && r.CreatedAt >= since, cancellationToken);
        return access.Decide(new AccessQuestion(false, options.RequestType!, assessment.Urgency, settings, today, now));
    }

    private static AssessmentInput ToInput(SubmitRequestOptions o, decimal age) => new()
    {
        AgeYears = age, Sex = o.Sex!, Pregnant = o.Pregnant, Description = o.Description!, Language = o.PreferredLanguage,
        RedFlags = o.RedFlags, RequestType = o.RequestType!, PreferredModality = o.PreferredModality,
        SymptomDays = o.SymptomDays, EpisodesInLast6Months = o.EpisodesInLast6Months, EpisodesInLast12Months = o.EpisodesInLast12Months,
        Immunosuppressed = o.Immunosuppressed,
    };

    private NavigationRequest NewRequest(SubmitRequestOptions o, decimal age, Assessment a, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(), Reference = NewReference(), CreatedAt = now, Channel = o.Channel, EnteredBy = o.EnteredBy,
        ForSomeoneElse = o.ForSomeoneElse, ProxyName = Clean(o.ProxyName), ProxyRelationship = Clean(o.ProxyRelationship),
        PracticeOdsCode = Clean(o.PracticeOdsCode), PersonName = o.PersonName!.Trim(), DateOfBirth = o.DateOfBirth, AgeYears = age,
        Sex = o.Sex!, Pregnant = o.Pregnant, Phone = RequestValidator.NormalisePhone(o.Phone), Email = Clean(o.Email),
        PreferredLanguage = o.PreferredLanguage!, CommunicationNeeds = [.. o.CommunicationNeeds], CommunicationNotes = Clean(o.CommunicationNotes),
        RequestType = o.RequestType!, Description = o.Description!.Trim(), PreferredModality = o.PreferredModality, GoodTimes = Clean(o.GoodTimes),
        RedFlags = [.. o.RedFlags], Answers = JsonSerializer.Serialize(new { o.SymptomDays, o.EpisodesInLast6Months, o.EpisodesInLast12Months, o.Immunosuppressed }),
        EmergencyFlagged = a.IsEmergency, RuleSetVersion = a.RuleSetVersion, SuggestedUrgency = a.Urgency,
        SuggestedDestination = a.Destination.Type, SuggestedRole = a.Destination.Role, SuggestedPathway = a.Destination.Pathway,
        SuggestedModality = a.Modality, SuggestedReasons = [.. a.Reasons.Select(r => r.ToString())], OutcomeDueAt = calendar.OutcomeDue(now),
        IsDemo = o.IsDemo,
    };

    private static AccessEvent Event(string kind, Guid? id, SubmitRequestOptions o, decimal age, Assessment a, DateTimeOffset now) => new()
    {
        OccurredAt = now, RequestId = id, Event = kind, Channel = o.Channel, PracticeOdsCode = Clean(o.PracticeOdsCode),
        Language = o.PreferredLanguage, CommunicationNeeds = [.. o.CommunicationNeeds], AgeBand = AccessEvent.AgeBandOf(age), Sex = o.Sex,
        EnteredByStaff = o.EnteredBy is not null, ForSomeoneElse = o.ForSomeoneElse, Urgency = a.Urgency, Destination = a.Destination.Type,
        Role = a.Destination.Role, Pathway = a.Destination.Pathway, Modality = a.Modality, PreferredModality = o.PreferredModality,
        IsDemo = o.IsDemo,
    };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string NewReference() =>
        "SP-" + new string(RandomNumberGenerator.GetItems<char>(ReferenceAlphabet, 8));
}

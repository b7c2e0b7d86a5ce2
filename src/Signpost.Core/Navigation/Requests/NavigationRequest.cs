namespace Signpost.Core.Navigation.Requests;

/// <summary>
/// One request for help from any channel, with the disposition the rules suggested (never changed) and the one
/// a clinician decided (kept beside it with the reason).
/// </summary>
public class NavigationRequest
{
    public const int MaxNameLength = 200;
    public const int MaxNotesLength = 500;

    public Guid Id { get; set; }
    public required string Reference { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string Channel { get; set; }
    public string? EnteredBy { get; set; }
    public bool ForSomeoneElse { get; set; }
    public string? ProxyName { get; set; }
    public string? ProxyRelationship { get; set; }
    public string? PracticeOdsCode { get; set; }
    public required string PersonName { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public decimal AgeYears { get; set; }
    public required string Sex { get; set; }
    public bool? Pregnant { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public required string PreferredLanguage { get; set; }
    public List<string> CommunicationNeeds { get; set; } = [];
    public string? CommunicationNotes { get; set; }
    public required string RequestType { get; set; }
    public required string Description { get; set; }
    public string Answers { get; set; } = "{}";
    public string? PreferredModality { get; set; }
    public string? GoodTimes { get; set; }
    public List<string> RedFlags { get; set; } = [];
    public bool EmergencyFlagged { get; set; }
    public required string RuleSetVersion { get; set; }
    public required string SuggestedUrgency { get; set; }
    public required string SuggestedDestination { get; set; }
    public string? SuggestedRole { get; set; }
    public string? SuggestedPathway { get; set; }
    public required string SuggestedModality { get; set; }
    public List<string> SuggestedReasons { get; set; } = [];
    public string? FinalUrgency { get; set; }
    public string? FinalDestination { get; set; }
    public string? FinalRole { get; set; }
    public string? FinalPathway { get; set; }
    public string? FinalModality { get; set; }
    public string? ReviewDecision { get; set; }
    public string? ReviewReason { get; set; }
    public string? ReviewedBy { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public string? AssignedRole { get; set; }
    public string? AssignedTo { get; set; }
    public string? HandledBy { get; set; }
    public string Status { get; set; } = "open";
    public DateTimeOffset OutcomeDueAt { get; set; }
    public DateTimeOffset? OutcomeAt { get; set; }
    public string? OutcomeMessage { get; set; }

    /// <summary>Made by <c>./signpost demo seed</c>, not by a person; carried into analytics' access events.</summary>
    public bool IsDemo { get; set; }

    /// <summary>0 for emergency … 4 for self-care, of the final urgency when reviewed; computed by the database.</summary>
    public short UrgencyRank { get; private set; }

    public string CurrentUrgency => FinalUrgency ?? SuggestedUrgency;
    public string CurrentDestination => FinalDestination ?? SuggestedDestination;
    public string? CurrentRole => FinalDestination is null ? SuggestedRole : FinalRole;
    public string? CurrentPathway => FinalDestination is null ? SuggestedPathway : FinalPathway;
    public string CurrentModality => FinalModality ?? SuggestedModality;
}

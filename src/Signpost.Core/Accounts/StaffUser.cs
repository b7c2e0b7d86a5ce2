namespace Signpost.Core.Accounts;

/// <summary>A member of staff who signs in: navigator, clinician, manager, directory editor, translator or admin.</summary>
public class StaffUser
{
    public const int EmailMaxLength = 254;
    public const int DisplayNameMaxLength = 100;

    public Guid Id { get; set; }
    public required string Email { get; set; }
    public required string DisplayName { get; set; }
    public required string PasswordHash { get; set; }
    public List<string> Roles { get; set; } = [];
    public bool Disabled { get; set; }
    public int FailedSignIns { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastSignInAt { get; set; }
}

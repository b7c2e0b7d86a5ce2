namespace Signpost.Core.Accounts;

public sealed record SignInResult(SignInOutcome Outcome, StaffUser? User = null, DateTimeOffset? LockedUntil = null);

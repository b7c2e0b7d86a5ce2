namespace Signpost.Core.Accounts;

public sealed record AddStaffUserOptions(string Email, string DisplayName, string Password, IReadOnlyList<string> Roles);

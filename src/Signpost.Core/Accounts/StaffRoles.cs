namespace Signpost.Core.Accounts;

/// <summary>The staff roles. A user may hold several.</summary>
public static class StaffRoles
{
    public const string Navigator = "navigator";
    public const string Clinician = "clinician";
    public const string Manager = "manager";
    public const string DirectoryEditor = "directory-editor";
    public const string Translator = "translator";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All =
        [Navigator, Clinician, Manager, DirectoryEditor, Translator, Admin];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}

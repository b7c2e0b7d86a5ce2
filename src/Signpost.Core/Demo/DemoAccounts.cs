using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Core.Data;

namespace Signpost.Core.Demo;

/// <summary>
/// The documented demo sign-ins that <c>./run --demo</c> creates. They work only while the app runs in demo
/// mode (loopback only): their passwords are public.
/// </summary>
public static class DemoAccounts
{
    public const string Domain = "demo.signpost.invalid";
    public const string Password = "demo-password-123";

    public static readonly IReadOnlyList<(string Email, string Name, string[] Roles)> All =
    [
        ($"navigator@{Domain}", "Nadia Navigator (demo)", [StaffRoles.Navigator]),
        ($"clinician@{Domain}", "Dr Chidi Clinician (demo)", [StaffRoles.Clinician]),
        ($"manager@{Domain}", "Meera Manager (demo)", [StaffRoles.Manager]),
        ($"editor@{Domain}", "Ed Editor (demo)", [StaffRoles.DirectoryEditor]),
        ($"translator@{Domain}", "Tariq Translator (demo)", [StaffRoles.Translator]),
        ($"admin@{Domain}", "Ada Admin (demo)", [StaffRoles.Admin]),
    ];

    public static bool IsDemo(string email) => email.EndsWith("@" + Domain, StringComparison.OrdinalIgnoreCase);

    /// <summary>Creates the demo accounts that do not exist yet.</summary>
    public static async Task<int> SeedAsync(SignpostDb db, StaffAccounts accounts, CancellationToken cancellationToken = default)
    {
        var created = 0;
        foreach (var (email, name, roles) in All)
        {
            if (await db.StaffUsers.AnyAsync(u => u.Email == email, cancellationToken)) continue;
            await accounts.AddUserAsync(new AddStaffUserOptions(email, name, Password, roles), AuditActor.System, cancellationToken);
            created++;
        }
        return created;
    }
}

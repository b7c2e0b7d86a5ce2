using Microsoft.EntityFrameworkCore;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.Cli;

public class UsersCommandTests
{
    [Fact]
    public async Task UsersAdd_PasswordOnStandardInput_UserCanSignIn()
    {
        var database = await TestDatabase.GetAsync();
        var email = TestData.UniqueEmail("cli");

        var result = await CliProcess.RunAsync(database.ConnectionString, "a long cli password", "users", "add", "--email", email, "--role", "navigator", "--role", "clinician");

        Assert.Equal(0, result.ExitCode);
        await using var db = TestData.CreateDb(database);
        var user = await db.StaffUsers.SingleAsync(u => u.Email == email);
        Assert.Equal(["navigator", "clinician"], user.Roles);
        var signIn = await new Signpost.Core.Accounts.StaffAccounts(db, TimeProvider.System)
            .SignInAsync(email, "a long cli password", Signpost.Core.Audit.AuditActor.System);
        Assert.Equal(Signpost.Core.Accounts.SignInOutcome.SignedIn, signIn.Outcome);
        Assert.True(await db.AuditLog.AnyAsync(e => e.ActorType == "cli" && e.Action == "staff-user.added" && e.EntityId == user.Id.ToString()));
    }

    [Fact]
    public async Task UsersAdd_UnknownRole_ExitCode2AndClearMessage()
    {
        var database = await TestDatabase.GetAsync();
        var email = TestData.UniqueEmail("cli");

        var result = await CliProcess.RunAsync(database.ConnectionString, "a long cli password", "users", "add", "--email", email, "--role", "wizard");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Unknown role wizard", result.Error, StringComparison.Ordinal);
        await using var db = TestData.CreateDb(database);
        Assert.False(await db.StaffUsers.AnyAsync(u => u.Email == email));
    }

    [Fact]
    public async Task UsersAdd_NoPassword_NonZeroExitAndNothingSaved()
    {
        var database = await TestDatabase.GetAsync();
        var email = TestData.UniqueEmail("cli");

        var result = await CliProcess.RunAsync(database.ConnectionString, "", "users", "add", "--email", email, "--role", "admin");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("password", result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersDisableThenList_ShowsDisabled()
    {
        var database = await TestDatabase.GetAsync();
        var user = await TestData.AddStaffUserAsync(database, "manager");

        var disable = await CliProcess.RunAsync(database.ConnectionString, null, "users", "disable", "--email", user.Email);
        var list = await CliProcess.RunAsync(database.ConnectionString, null, "users", "list");

        Assert.Equal(0, disable.ExitCode);
        var line = list.Output.Split('\n').Single(l => l.Contains(user.Email, StringComparison.Ordinal));
        Assert.Contains("disabled", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersDisable_NoSuchAccount_ClearMessage()
    {
        var database = await TestDatabase.GetAsync();

        var result = await CliProcess.RunAsync(database.ConnectionString, null, "users", "disable", "--email", TestData.UniqueEmail("nobody"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("There is no staff account", result.Error, StringComparison.Ordinal);
    }
}

using Microsoft.EntityFrameworkCore;
using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.Accounts;

public class StaffAccountsTests
{
    private static readonly AuditActor Actor = AuditActor.User("tester@test.nhs.uk", "127.0.0.1");

    [Fact]
    public async Task SignInAsync_RightPassword_SignsInAndAudits()
    {
        var database = await TestDatabase.GetAsync();
        var user = await TestData.AddStaffUserAsync(database, StaffRoles.Navigator);
        await using var db = TestData.CreateDb(database);

        var result = await new StaffAccounts(db, TimeProvider.System).SignInAsync(user.Email.ToUpperInvariant(), TestData.Password, Actor);

        Assert.Equal(SignInOutcome.SignedIn, result.Outcome);
        Assert.True(await db.AuditLog.AnyAsync(e => e.EntityId == user.Id.ToString() && e.Action == "staff-user.signed-in"));
    }

    [Fact]
    public async Task SignInAsync_FiveWrongPasswords_LocksTheAccountForAWhile()
    {
        var database = await TestDatabase.GetAsync();
        var user = await TestData.AddStaffUserAsync(database, StaffRoles.Clinician);
        var clock = new TestClock(new DateTimeOffset(2026, 3, 29, 0, 30, 0, TimeSpan.Zero));
        await using var db = TestData.CreateDb(database);
        var accounts = new StaffAccounts(db, clock);

        var outcomes = new List<SignInOutcome>();
        for (var i = 0; i < StaffAccounts.MaxFailedSignIns; i++) outcomes.Add((await accounts.SignInAsync(user.Email, "wrong password!", Actor)).Outcome);
        var rightPasswordWhileLocked = await accounts.SignInAsync(user.Email, TestData.Password, Actor);
        clock.Advance(StaffAccounts.LockoutPeriod + TimeSpan.FromSeconds(1));
        var afterLockout = await accounts.SignInAsync(user.Email, TestData.Password, Actor);

        Assert.Equal(Enumerable.Repeat(SignInOutcome.WrongEmailOrPassword, 4).Append(SignInOutcome.LockedOut), outcomes);
        Assert.Equal(SignInOutcome.LockedOut, rightPasswordWhileLocked.Outcome);
        Assert.Equal(SignInOutcome.SignedIn, afterLockout.Outcome);
    }

    [Fact]
    public async Task SignInAsync_UnknownEmail_WrongEmailOrPassword()
    {
        var database = await TestDatabase.GetAsync();
        await using var db = TestData.CreateDb(database);

        var result = await new StaffAccounts(db, TimeProvider.System).SignInAsync(TestData.UniqueEmail(), TestData.Password, Actor);

        Assert.Equal(SignInOutcome.WrongEmailOrPassword, result.Outcome);
    }

    [Fact]
    public async Task SignInAsync_DisabledAccount_Refused()
    {
        var database = await TestDatabase.GetAsync();
        var user = await TestData.AddStaffUserAsync(database, StaffRoles.Manager);
        await using var db = TestData.CreateDb(database);
        var accounts = new StaffAccounts(db, TimeProvider.System);

        await accounts.DisableUserAsync(user.Email, Actor);
        var result = await accounts.SignInAsync(user.Email, TestData.Password, Actor);

        Assert.Equal(SignInOutcome.Disabled, result.Outcome);
    }

    [Theory]
    [InlineData("not-an-email", "navigator", "a long enough password", "email address")]
    [InlineData("a@test.nhs.uk", "superuser", "a long enough password", "Unknown role superuser")]
    [InlineData("a@test.nhs.uk", "navigator", "short", "at least 12 characters")]
    public async Task AddUserAsync_BadInput_ClearMessageAndNothingSaved(string email, string role, string password, string message)
    {
        var database = await TestDatabase.GetAsync();
        await using var db = TestData.CreateDb(database);
        var before = await db.StaffUsers.CountAsync();

        var error = await Assert.ThrowsAsync<StaffAccountException>(() =>
            new StaffAccounts(db, TimeProvider.System).AddUserAsync(new AddStaffUserOptions(email, "", password, [role]), Actor));

        Assert.Contains(message, error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await db.StaffUsers.CountAsync(u => true));
    }

    [Fact]
    public async Task AddUserAsync_SameEmailTwice_Refused()
    {
        var database = await TestDatabase.GetAsync();
        var user = await TestData.AddStaffUserAsync(database, StaffRoles.Admin);
        await using var db = TestData.CreateDb(database);

        var error = await Assert.ThrowsAsync<StaffAccountException>(() => new StaffAccounts(db, TimeProvider.System)
            .AddUserAsync(new AddStaffUserOptions(user.Email, "", TestData.Password, [StaffRoles.Admin]), Actor));

        Assert.Contains("already", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddUserAsync_NewUser_PasswordIsHashedNotStored()
    {
        var database = await TestDatabase.GetAsync();

        var user = await TestData.AddStaffUserAsync(database, StaffRoles.Translator);

        Assert.DoesNotContain(TestData.Password, user.PasswordHash, StringComparison.Ordinal);
        Assert.StartsWith("AQAAAA", user.PasswordHash, StringComparison.Ordinal);
    }
}

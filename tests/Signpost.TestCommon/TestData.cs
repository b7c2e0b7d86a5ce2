using Signpost.Core.Accounts;
using Signpost.Core.Audit;
using Signpost.Core.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Signpost.TestCommon;

/// <summary>Builders for uniquely keyed test data.</summary>
public static class TestData
{
    public const string Password = "correct horse battery staple";

    public static string UniqueEmail(string label = "staff") => $"{label}-{Guid.NewGuid():N}@test.nhs.uk";

    public static async Task<StaffUser> AddStaffUserAsync(TestDatabase database, params string[] roles)
    {
        await using var db = CreateDb(database);
        var accounts = new StaffAccounts(db, TimeProvider.System);
        return await accounts.AddUserAsync(
            new AddStaffUserOptions(UniqueEmail(roles.FirstOrDefault() ?? "staff"), "Test User", Password, roles.Length == 0 ? [StaffRoles.Navigator] : roles),
            AuditActor.System);
    }

    public static SignpostDb CreateDb(TestDatabase database) =>
        new(new DbContextOptionsBuilder<SignpostDb>().UseNpgsql(database.DataSource).Options);

    public static SignpostDb CreateDb(NpgsqlDataSource dataSource) =>
        new(new DbContextOptionsBuilder<SignpostDb>().UseNpgsql(dataSource).Options);
}

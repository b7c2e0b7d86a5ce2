using Signpost.Core.Audit;
using Signpost.Core.Navigation.Requests;
using Signpost.TestCommon;

namespace Signpost.Web.Tests.Pages.Staff;

/// <summary>Saves requests straight through the intake (as the form would) for the staff page tests.</summary>
public static class NavigationStaffHelpers
{
    /// <summary>A Tuesday in core hours, when every online request is taken.</summary>
    public static TimeProvider Weekday => new TestClock(NavigationTestData.London(2026, 11, 24, 10));

    public static async Task<NavigationRequest> SaveRequestAsync(TimeProvider clock, string description = "Sore throat for 3 days", Func<SubmitRequestOptions, SubmitRequestOptions>? change = null)
    {
        var database = await TestDatabase.GetAsync();
        await database.EnsureReferenceDataAsync();
        await using var db = TestData.CreateDb(database);
        var options = NavigationTestData.Request(description);
        var result = await NavigationTestData.Intake(db, clock).SubmitAsync(change is null ? options : change(options), AuditActor.System);
        return result.Request ?? throw new InvalidOperationException("not saved: " + string.Join("; ", result.Errors.Values) + result.NotAcceptedMessage);
    }
}

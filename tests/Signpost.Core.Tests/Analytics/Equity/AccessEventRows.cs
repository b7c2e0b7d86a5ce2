using Npgsql;
using Signpost.Core.Audit;
using Signpost.Core.Navigation.Requests;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.Analytics.Equity;

/// <summary>One access_events row as the tests read it (with the source it was copied from).</summary>
public sealed record AccessEventRow(string EventType, DateTimeOffset OccurredAt, string? PracticeCode, string? Channel, string? Language,
    string? Need, string? AgeBand, string? Sex, bool? EnteredByStaff, string? Disposition, string? Role, string? Modality, short? Score,
    bool IsDemo, string? Source);

/// <summary>Reads the access events of a request, and submits requests for the tests of the copies.</summary>
public static class AccessEventRows
{
    public static async Task<TestDatabase> DatabaseAsync()
    {
        var database = await TestDatabase.GetAsync();
        await database.EnsureReferenceDataAsync();
        return database;
    }

    public static Task<List<AccessEventRow>> ForAsync(TestDatabase database, Guid requestId) => ForAsync(database.DataSource, requestId);

    public static async Task<List<AccessEventRow>> ForAsync(NpgsqlDataSource dataSource, Guid requestId)
    {
        await using var command = dataSource.CreateCommand("""
            select event_type, occurred_at, practice_code, channel, language, communication_need, age_band, sex, entered_by_staff, disposition,
                booking_role, booking_modality, feedback_score, is_demo, source
            from access_events where request_ref = $1 order by id
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = requestId.ToString("N") });
        var rows = new List<AccessEventRow>();
        await using var r = await command.ExecuteReaderAsync();
        while (await r.ReadAsync())
        {
            string? Text(int i) => r.IsDBNull(i) ? null : r.GetString(i);
            rows.Add(new AccessEventRow(r.GetString(0), r.GetFieldValue<DateTimeOffset>(1), Text(2), Text(3), Text(4), Text(5), Text(6), Text(7),
                r.IsDBNull(8) ? null : r.GetBoolean(8), Text(9), Text(10), Text(11), r.IsDBNull(12) ? null : r.GetInt16(12), r.GetBoolean(13), Text(14)));
        }
        return rows;
    }

    /// <summary>Submits a request through the real intake on the given clock; fails the test if it is not saved.</summary>
    public static async Task<NavigationRequest> SubmitAsync(TestDatabase database, TimeProvider clock, SubmitRequestOptions options) =>
        await SubmitAsync(TestData.CreateDb(database), clock, options);

    public static async Task<NavigationRequest> SubmitAsync(Signpost.Core.Data.SignpostDb db, TimeProvider clock, SubmitRequestOptions options)
    {
        await using (db)
        {
            var result = await NavigationTestData.Intake(db, clock).SubmitAsync(options, AuditActor.Anonymous(null));
            Assert.True(result.Saved, string.Join("; ", result.Errors.Values) + result.NotAcceptedMessage);
            return result.Request!;
        }
    }

    /// <summary>A phone request a navigator entered (always accepted, whatever the time).</summary>
    public static SubmitRequestOptions PhoneRequest(string description = "Sore throat for 3 days") => NavigationTestData.Request(description) with
    {
        Channel = "phone", EnteredBy = "navigator@test.nhs.uk",
    };
}

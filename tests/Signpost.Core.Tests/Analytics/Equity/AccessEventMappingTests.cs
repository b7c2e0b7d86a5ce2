using Npgsql;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.Analytics.Equity;

/// <summary>
/// The vocabulary mappings from the features' words to the access_events contract (migration 0600): every known
/// value, and unknown ones, which must map to 'other' or to nothing rather than fail.
/// </summary>
public class AccessEventMappingTests
{
    [Theory]
    [InlineData("0", "0-15")]
    [InlineData("1-4", "0-15")]
    [InlineData("5-15", "0-15")]
    [InlineData("16-24", "16-24")]
    [InlineData("25-34", "25-44")]
    [InlineData("35-44", "25-44")]
    [InlineData("45-54", "45-64")]
    [InlineData("55-64", "45-64")]
    [InlineData("65-74", "65-74")]
    [InlineData("75-84", "75+")]
    [InlineData("85+", "75+")]
    [InlineData("25-44", null)]
    [InlineData("old", null)]
    [InlineData(null, null)]
    public async Task AgeBand_NavigationBand_EquityBand(string? band, string? expected) =>
        Assert.Equal(expected, await MapAsync("select access_age_band($1)", band));

    [Theory]
    [InlineData("online", false, "online")]
    [InlineData("phone", false, "phone")]
    [InlineData("walk-in", false, "walk-in")]
    [InlineData("online", true, "proxy")]
    [InlineData("phone", true, "proxy")]
    [InlineData("nhs-app", false, "other")]
    [InlineData(null, false, "other")]
    public async Task Channel_WithForSomeoneElse_ContractChannel(string? channel, bool forSomeoneElse, string expected) =>
        Assert.Equal(expected, await MapAsync("select access_channel($1, $2)", channel, forSomeoneElse));

    [Theory]
    [InlineData("female", "female")]
    [InlineData("male", "male")]
    [InlineData("other", "other")]
    [InlineData("not-stated", "not-stated")]
    [InlineData("F", null)]
    [InlineData(null, null)]
    public async Task Sex_KnownValuesKept_OthersNotRecorded(string? sex, string? expected) =>
        Assert.Equal(expected, await MapAsync("select access_sex($1)", sex));

    [Theory]
    [InlineData("ur", "ur")]
    [InlineData(" PL ", "pl")]
    [InlineData("pt-br", "pt-br")]
    [InlineData("Urdu", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public async Task Language_IsoCodeKept_OthersNotRecorded(string? language, string? expected) =>
        Assert.Equal(expected, await MapAsync("select access_language($1)", language));

    [Theory]
    [InlineData(new string[0], "none")]
    [InlineData(new[] { "interpreter" }, "interpreter")]
    [InlineData(new[] { "bsl" }, "bsl")]
    [InlineData(new[] { "easy-read" }, "easy-read")]
    [InlineData(new[] { "large-print" }, "large-print")]
    [InlineData(new[] { "braille" }, "braille")]
    [InlineData(new[] { "hearing-loop" }, "hearing-loop")]
    [InlineData(new[] { "other" }, "other")]
    [InlineData(new[] { "large-print", "interpreter" }, "interpreter")]
    [InlineData(new[] { "telepathy" }, "other")]
    [InlineData(new[] { "telepathy", "bsl" }, "bsl")]
    public async Task CommunicationNeed_FirstInTheFormsOrder_NoneWhenEmpty(string[] needs, string expected) =>
        Assert.Equal(expected, await MapAsync("select access_communication_need($1)", (object)needs));

    [Fact]
    public async Task CommunicationNeed_Null_None() =>
        Assert.Equal("none", await MapAsync("select access_communication_need($1::text[])", DBNull.Value));

    [Theory]
    [InlineData("general-practice", "gp", null, "gp-appointment")]
    [InlineData("general-practice", "admin-team", null, "admin-resolved")]
    [InlineData("general-practice", "advanced-nurse-practitioner", null, "other-clinician")]
    [InlineData("general-practice", "practice-nurse", null, "other-clinician")]
    [InlineData("general-practice", "clinical-pharmacist", null, "other-clinician")]
    [InlineData("general-practice", "physiotherapist", null, "other-clinician")]
    [InlineData("general-practice", "paramedic", null, "other-clinician")]
    [InlineData("general-practice", "mental-health-practitioner", null, "other-clinician")]
    [InlineData("general-practice", "social-prescriber", null, "other-clinician")]
    [InlineData("general-practice", "care-coordinator", null, "other-clinician")]
    [InlineData("general-practice", null, null, "general-practice")]
    [InlineData("community-pharmacy", null, "acute-sore-throat", "pharmacy-first")]
    [InlineData("community-pharmacy", null, null, "pharmacy")]
    [InlineData("self-care", null, null, "self-care")]
    [InlineData("nhs-111", null, null, "111")]
    [InlineData("emergency-services", null, null, "999")]
    [InlineData("emergency-department", null, null, "a-and-e")]
    [InlineData("urgent-treatment-centre", null, null, "urgent-treatment-centre")]
    [InlineData("dental", null, null, "dental")]
    [InlineData("optometry", null, null, "optometry")]
    [InlineData("sexual-health", null, null, "sexual-health")]
    [InlineData("mental-health-crisis", null, null, "mental-health-crisis")]
    [InlineData("moon-base", null, null, "other")]
    [InlineData(null, null, null, null)]
    public async Task Disposition_Destination_ContractDisposition(string? destination, string? role, string? pathway, string? expected) =>
        Assert.Equal(expected, await MapAsync("select access_disposition($1, $2, $3)", destination, role, pathway));

    [Fact]
    public async Task Disposition_EveryNavigationDestination_Mapped()
    {
        foreach (var destination in Signpost.Core.Navigation.Vocabulary.Destinations)
        {
            Assert.NotEqual("other", await MapAsync("select access_disposition($1, 'gp', null)", destination));
        }
    }

    [Theory]
    [InlineData("gp", "gp")]
    [InlineData("nurse", "nurse")]
    [InlineData("clinical-pharmacist", "clinical-pharmacist")]
    [InlineData("physiotherapist", "physiotherapist")]
    [InlineData("paramedic", "paramedic")]
    [InlineData("mental-health-practitioner", "mental-health-practitioner")]
    [InlineData("care-coordinator", "care-coordinator")]
    [InlineData("social-prescriber", "social-prescriber")]
    [InlineData("health-care-assistant", "health-care-assistant")]
    [InlineData("physician-associate", "physician-associate")]
    [InlineData("practice-nurse", "nurse")]
    [InlineData("advanced-nurse-practitioner", "nurse")]
    [InlineData("dietitian", "other")]
    [InlineData(null, null)]
    public async Task BookingRole_MdtRole_ContractRole(string? role, string? expected) =>
        Assert.Equal(expected, await MapAsync("select access_booking_role($1)", role));

    [Fact]
    public async Task BookingRole_EveryMdtRole_KeptAsItIs()
    {
        foreach (var role in Signpost.Core.Booking.MdtRoles.All) Assert.Equal(role, await MapAsync("select access_booking_role($1)", role));
    }

    [Theory]
    [InlineData("face-to-face", "face-to-face")]
    [InlineData("telephone", "telephone")]
    [InlineData("video", "video")]
    [InlineData("home-visit", "home-visit")]
    [InlineData("phone", "telephone")]
    [InlineData("carrier-pigeon", "other")]
    [InlineData(null, null)]
    public async Task BookingModality_Modality_ContractModality(string? modality, string? expected) =>
        Assert.Equal(expected, await MapAsync("select access_booking_modality($1)", modality));

    [Fact]
    public async Task RequestRef_Uuid_NFormat()
    {
        var id = Guid.NewGuid();
        Assert.Equal(id.ToString("N"), await MapAsync("select access_request_ref($1)", id));
    }

    private static async Task<string?> MapAsync(string sql, params object?[] values)
    {
        var database = await TestDatabase.GetAsync();
        await using var command = database.DataSource.CreateCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(value is null ? new NpgsqlParameter { Value = DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text } : new NpgsqlParameter { Value = value });
        }
        var result = await command.ExecuteScalarAsync();
        return result is DBNull ? null : (string?)result;
    }
}

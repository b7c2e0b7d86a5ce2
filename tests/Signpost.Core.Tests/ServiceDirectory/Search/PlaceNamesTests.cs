using Signpost.Core.ServiceDirectory.Search;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.ServiceDirectory.Search;

public class PlaceNamesTests
{
    [Theory]
    [InlineData(new[] { "THE SURGERY", "40 WENLOCK STREET", "LUTON", "BEDFORDSHIRE" }, new[] { "LUTON" })]
    [InlineData(new[] { "STANDING WAY", "EAGLESTONE", "MILTON KEYNES" }, new[] { "EAGLESTONE", "MILTON KEYNES" })]
    [InlineData(new[] { "143 QUEENSWAY", "BLETCHLEY" }, new[] { "BLETCHLEY" })]
    [InlineData(new[] { "UNIT 4", "KENSINGTON DR, GREAT HOLM", "MILTON KEYNES" }, new[] { "GREAT HOLM", "MILTON KEYNES" })]
    [InlineData(new[] { "HIGH STREET", "Barton-le-Clay" }, new[] { "BARTON LE CLAY" })]
    public void From_AnAddress_ItsTownAndLocality(string[] lines, string[] expected) => Assert.Equal(expected, PlaceNames.From(lines));

    [Fact]
    public async Task FindAsync_TownsFromTheReferenceAddresses_FoundWhereTheyAre()
    {
        var database = await TestDatabase.GetAsync();
        await database.EnsureReferenceDataAsync();
        var places = new PlaceNames(database.DataSource);

        var leightonBuzzard = await places.FindAsync("leighton buzzard");
        var bletchley = await places.FindAsync("Bletchley");

        Assert.InRange(leightonBuzzard!.Value.Latitude, 51.88, 51.95);
        Assert.InRange(leightonBuzzard.Value.Longitude, -0.70, -0.62);
        Assert.InRange(bletchley!.Value.Latitude, 51.97, 52.02);
        Assert.InRange(bletchley.Value.Longitude, -0.77, -0.70);
    }

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("Bedfordshire")]
    [InlineData("Road")]
    [InlineData("")]
    public async Task FindAsync_NotAPlaceInBlmk_Null(string text)
    {
        var database = await TestDatabase.GetAsync();
        await database.EnsureReferenceDataAsync();

        Assert.Null(await new PlaceNames(database.DataSource).FindAsync(text));
    }
}

using Signpost.Core.ServiceDirectory.Search;
using Signpost.TestCommon;

namespace Signpost.Core.Tests.ServiceDirectory.Search;

public class SearchGridTests
{
    [Theory]
    [InlineData(51.880583, -0.418488)]
    [InlineData(52.041, -0.759)]
    [InlineData(50.263, -5.051)]
    [InlineData(54.978, 1.297)]
    public async Task Key_AnyPoint_SameAsTheDatabaseFunction(double latitude, double longitude)
    {
        var database = await TestDatabase.GetAsync();
        await using var command = database.DataSource.CreateCommand("select directory_cell_key($1, $2)");
        command.Parameters.AddWithValue(latitude);
        command.Parameters.AddWithValue(longitude);

        Assert.Equal((string)(await command.ExecuteScalarAsync())!, SearchGrid.Key(latitude, longitude));
    }

    [Fact]
    public void Cells_AroundAPoint_IncludeEverySquareAPlaceWithinTheRadiusCanBeIn()
    {
        var origin = new GeoPoint(51.880583, -0.418488);
        var cells = SearchGrid.Cells(origin, 5).ToHashSet();
        var random = new Random(3);

        for (var i = 0; i < 1000; i++)
        {
            var point = new GeoPoint(origin.Latitude + (random.NextDouble() - 0.5) * 0.2, origin.Longitude + (random.NextDouble() - 0.5) * 0.3);
            if (origin.MilesTo(point) <= 5) Assert.Contains(SearchGrid.Key(point.Latitude, point.Longitude), cells);
        }
    }
}

namespace Signpost.Core.ServiceDirectory.Search;

/// <summary>
/// The grid squares (0.05° of latitude by 0.08° of longitude, about 3.5 miles across in England) used as search keys;
/// the same as the SQL function directory_cell_key.
/// </summary>
public static class SearchGrid
{
    public const double RowDegrees = 0.05;
    public const double ColumnDegrees = 0.08;

    public static string Key(double latitude, double longitude) => Name(Row(latitude), Column(longitude));

    /// <summary>Every square that overlaps the box around a point with the given radius.</summary>
    public static IEnumerable<string> Cells(GeoPoint near, double radiusMiles)
    {
        var dLat = radiusMiles / 69.0;
        var dLon = radiusMiles / (69.0 * Math.Cos(near.Latitude * Math.PI / 180));
        for (var row = Row(near.Latitude - dLat); row <= Row(near.Latitude + dLat); row++)
        {
            for (var column = Column(near.Longitude - dLon); column <= Column(near.Longitude + dLon); column++)
            {
                yield return Name(row, column);
            }
        }
    }

    private static string Name(int row, int column) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"cell_{row}_{column}");

    private static int Row(double latitude) => (int)Math.Floor((latitude + 90) / RowDegrees);

    private static int Column(double longitude) => (int)Math.Floor((longitude + 180) / ColumnDegrees);
}

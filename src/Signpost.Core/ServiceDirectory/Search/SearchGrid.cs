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
        var (firstRow, lastRow, firstColumn, lastColumn) = Bounds(near, radiusMiles);
        for (var row = firstRow; row <= lastRow; row++)
        {
            for (var column = firstColumn; column <= lastColumn; column++)
            {
                yield return Name(row, column);
            }
        }
    }

    /// <summary>The rows and columns of the squares that overlap the box around a point with the given radius.</summary>
    public static (int FirstRow, int LastRow, int FirstColumn, int LastColumn) Bounds(GeoPoint near, double radiusMiles)
    {
        var dLat = radiusMiles / 69.0;
        var dLon = radiusMiles / (69.0 * Math.Cos(near.Latitude * Math.PI / 180));
        return (Row(near.Latitude - dLat), Row(near.Latitude + dLat), Column(near.Longitude - dLon), Column(near.Longitude + dLon));
    }

    /// <summary>One number per square (row and column), for looking squares up in memory.</summary>
    public static long Number(int row, int column) => (long)row * 100_000 + column;

    private static string Name(int row, int column) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"cell_{row}_{column}");

    public static int Row(double latitude) => (int)Math.Floor((latitude + 90) / RowDegrees);

    public static int Column(double longitude) => (int)Math.Floor((longitude + 180) / ColumnDegrees);
}

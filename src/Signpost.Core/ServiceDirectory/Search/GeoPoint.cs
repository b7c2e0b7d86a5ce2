namespace Signpost.Core.ServiceDirectory.Search;

/// <summary>A WGS84 point, with great-circle distance in miles.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    public const double EarthRadiusMiles = 3958.8;
    public const double MetresPerMile = 1609.344;

    public double MilesTo(GeoPoint other)
    {
        var dLat = ToRadians(other.Latitude - Latitude);
        var dLon = ToRadians(other.Longitude - Longitude);
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + Math.Cos(ToRadians(Latitude)) * Math.Cos(ToRadians(other.Latitude)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return EarthRadiusMiles * 2 * Math.Asin(Math.Sqrt(a));
    }

    private static double ToRadians(double degrees) => degrees * Math.PI / 180;
}

namespace Signpost.Cli.Bench;

/// <summary>
/// English towns and cities with approximate centres and populations (thousands), to spread synthetic services
/// where people live: more services in bigger places, scattered around each centre.
/// </summary>
public static class EnglandTowns
{
    public static readonly IReadOnlyList<(string Name, double Latitude, double Longitude, int Thousands)> All =
    [
        ("London", 51.507, -0.128, 8900), ("Birmingham", 52.486, -1.890, 1140), ("Manchester", 53.481, -2.243, 1500),
        ("Leeds", 53.800, -1.549, 790), ("Liverpool", 53.408, -2.991, 490), ("Sheffield", 53.381, -1.470, 580),
        ("Bristol", 51.454, -2.588, 470), ("Newcastle", 54.978, -1.617, 300), ("Nottingham", 52.954, -1.158, 330),
        ("Leicester", 52.637, -1.135, 370), ("Coventry", 52.407, -1.510, 370), ("Bradford", 53.795, -1.759, 540),
        ("Southampton", 50.910, -1.404, 250), ("Portsmouth", 50.819, -1.088, 210), ("Plymouth", 50.376, -4.143, 265),
        ("Reading", 51.454, -0.978, 175), ("Derby", 52.922, -1.476, 260), ("Stoke", 53.003, -2.179, 260),
        ("Wolverhampton", 52.587, -2.129, 265), ("Hull", 53.745, -0.337, 270), ("Brighton", 50.822, -0.137, 290),
        ("Norwich", 52.630, 1.297, 145), ("Cambridge", 52.205, 0.119, 145), ("Oxford", 51.752, -1.258, 160),
        ("York", 53.960, -1.082, 210), ("Exeter", 50.718, -3.534, 130), ("Luton", 51.879, -0.417, 225),
        ("Milton Keynes", 52.041, -0.759, 290), ("Bedford", 52.136, -0.467, 185), ("Peterborough", 52.573, -0.241, 215),
        ("Northampton", 52.240, -0.902, 230), ("Ipswich", 52.059, 1.155, 140), ("Colchester", 51.889, 0.904, 190),
        ("Chelmsford", 51.736, 0.479, 180), ("Swindon", 51.558, -1.782, 230), ("Gloucester", 51.864, -2.238, 130),
        ("Bournemouth", 50.720, -1.880, 400), ("Middlesbrough", 54.574, -1.235, 140), ("Sunderland", 54.906, -1.381, 275),
        ("Preston", 53.763, -2.703, 145), ("Blackpool", 53.817, -3.036, 140), ("Lincoln", 53.230, -0.540, 100),
        ("Carlisle", 54.892, -2.934, 110), ("Truro", 50.263, -5.051, 20), ("Canterbury", 51.280, 1.080, 55),
        ("Maidstone", 51.272, 0.529, 175), ("Guildford", 51.236, -0.570, 145), ("Watford", 51.656, -0.390, 100),
        ("Slough", 51.510, -0.595, 165), ("Telford", 52.678, -2.445, 185), ("Worcester", 52.192, -2.220, 100),
        ("Hereford", 52.056, -2.716, 60), ("Shrewsbury", 52.707, -2.754, 75), ("Doncaster", 53.523, -1.133, 310),
        ("Wakefield", 53.683, -1.499, 350), ("Huddersfield", 53.645, -1.785, 160), ("Warrington", 53.390, -2.597, 210),
        ("Chester", 53.193, -2.893, 120), ("Bath", 51.381, -2.359, 100), ("Cheltenham", 51.899, -2.078, 115),
        ("Basingstoke", 51.266, -1.087, 115), ("Crawley", 51.109, -0.187, 120), ("Scarborough", 54.283, -0.400, 60),
        ("Kendal", 54.328, -2.746, 30), ("Barnstaple", 51.080, -4.058, 30),
    ];

    /// <summary>A random point near a town chosen in proportion to population (Gaussian scatter, wider for bigger places).</summary>
    public static (string Town, double Latitude, double Longitude) RandomPoint(Random random)
    {
        var total = All.Sum(t => t.Thousands);
        var pick = random.Next(total);
        var town = All[0];
        foreach (var t in All)
        {
            town = t;
            if ((pick -= t.Thousands) < 0) break;
        }
        var spreadKm = 2 + 2 * Math.Sqrt(town.Thousands / 100.0);
        var north = Gaussian(random) * spreadKm;
        var east = Gaussian(random) * spreadKm;
        return (town.Name, town.Latitude + north / 111.0, town.Longitude + east / (111.0 * Math.Cos(town.Latitude * Math.PI / 180)));
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}

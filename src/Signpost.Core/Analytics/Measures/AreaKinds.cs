namespace Signpost.Core.Analytics.Measures;

/// <summary>The levels figures can be given for.</summary>
public static class AreaKinds
{
    public const string All = "all";
    public const string Icb = "icb";
    public const string SubIcb = "sub-icb";
    public const string Place = "place";
    public const string Pcn = "pcn";
    public const string Practice = "practice";

    /// <summary>BLMK's four places: the local authorities, by ONS code, that practices are mapped to from their postcode.</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> Places =
    [
        ("E06000032", "Luton"), ("E06000055", "Bedford"), ("E06000056", "Central Bedfordshire"), ("E06000042", "Milton Keynes"),
    ];
}

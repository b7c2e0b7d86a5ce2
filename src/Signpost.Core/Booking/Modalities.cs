namespace Signpost.Core.Booking;

/// <summary>How an appointment is held (the GPAD appointment modes).</summary>
public static class Modalities
{
    public const string FaceToFace = "face-to-face";
    public const string Telephone = "telephone";
    public const string Video = "video";
    public const string HomeVisit = "home-visit";

    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        [FaceToFace] = "Face to face",
        [Telephone] = "Telephone",
        [Video] = "Video",
        [HomeVisit] = "Home visit",
    };

    public static IReadOnlyCollection<string> All => (IReadOnlyCollection<string>)Names.Keys;

    public static string NameOf(string modality) => Names.TryGetValue(modality, out var name) ? name : modality;
}

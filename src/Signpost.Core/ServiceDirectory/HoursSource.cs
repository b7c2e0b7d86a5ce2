namespace Signpost.Core.ServiceDirectory;

/// <summary>Where a service's opening times come from, so that the public page can say how far to trust them.</summary>
public static class HoursSource
{
    /// <summary>Checked with the service by a directory editor.</summary>
    public const string Verified = "verified";
    /// <summary>Contracted core hours (for example GP practices, 8am to 6:30pm on weekdays), not checked.</summary>
    public const string Contract = "contract";
    /// <summary>Made-up times for the demo; never to be read as fact.</summary>
    public const string Example = "example";
    /// <summary>Not known.</summary>
    public const string None = "none";

    public static readonly IReadOnlyList<string> All = [Verified, Contract, Example, None];
}

namespace Signpost.Core.ServiceDirectory.Search;

/// <summary>A page of results (nearest first when searching near a place) and the phone or online services that match.</summary>
public sealed record DirectorySearchResult(IReadOnlyList<DirectorySearchHit> Hits, int Total, IReadOnlyList<DirectorySearchHit> Remote)
{
    public static readonly DirectorySearchResult Empty = new([], 0, []);
}

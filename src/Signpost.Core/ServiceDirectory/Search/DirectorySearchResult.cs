namespace Signpost.Core.ServiceDirectory.Search;

/// <summary>
/// A page of results (nearest first when searching near a place) and the phone or online services that match;
/// <see cref="FromMemory"/> says whether the in-memory index answered (else one SQL query did).
/// </summary>
public sealed record DirectorySearchResult(IReadOnlyList<DirectorySearchHit> Hits, int Total, IReadOnlyList<DirectorySearchHit> Remote, bool FromMemory = false)
{
    public static readonly DirectorySearchResult Empty = new([], 0, []);
}

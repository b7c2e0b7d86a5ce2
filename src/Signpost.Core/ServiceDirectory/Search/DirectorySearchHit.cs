namespace Signpost.Core.ServiceDirectory.Search;

/// <summary>One service (at one location, when it has one) in search results.</summary>
public sealed record DirectorySearchHit(
    Guid EntryId,
    Guid ServiceId,
    Guid? LocationId,
    string ServiceName,
    string OrganisationName,
    string? LocationName,
    IReadOnlyList<string> Address,
    string? Postcode,
    double? Miles,
    IReadOnlyList<string> AccessMethods,
    bool IsDemo,
    string HoursSource,
    IReadOnlyList<OpeningBand> Bands,
    IReadOnlyList<DatedHours> Exceptions)
{
    /// <summary>Opening times from the hit's own bands and its changes in the coming week (enough to say "open until").</summary>
    public Hours.OpeningTimes Hours(IReadOnlyDictionary<DateOnly, string> bankHolidays) => new(Bands, Exceptions, bankHolidays);
}

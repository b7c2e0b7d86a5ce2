using Signpost.Core.ServiceDirectory.Hours;

namespace Signpost.Core.ServiceDirectory.Editing;

/// <summary>What a service looked like, written to the audit log before and after each change.</summary>
public sealed record ServiceSnapshot(
    string Name, string Description, string HowToAccess, IReadOnlyList<string> AccessMethods, string? ReferralFrom, string Eligibility,
    int? MinimumAge, int? MaximumAge, string Status, string? Url, string? Email, IReadOnlyList<string> Contacts, IReadOnlyList<string> Languages,
    IReadOnlyList<string> Terms, IReadOnlyList<string> Hours, IReadOnlyList<string> Exceptions, string HoursSource, string? HoursNote,
    string? ProfessionalNotes, IReadOnlyList<string>? Accessibility, string? LastVerifiedOn, string? LastVerifiedBy)
{
    private static readonly string[] Days = ["bank holidays", "mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    public static ServiceSnapshot Of(DirectoryService s, IReadOnlyDictionary<Guid, string> termCodes, IReadOnlyList<string>? accessibility) => new(
        s.Name, s.Description, s.HowToAccess, [.. s.AccessMethods], s.ReferralFrom, s.Eligibility, s.MinimumAge, s.MaximumAge, s.Status, s.Url, s.Email,
        s.Contacts.OrderBy(c => c.SortOrder).Select(c => $"{c.Audience} {c.Kind}: {c.Value} ({c.Label})").ToList(),
        s.Languages.Select(l => l.LanguageCode).Order(StringComparer.Ordinal).ToList(),
        s.Taxonomy.Select(t => termCodes.GetValueOrDefault(t.TermId, t.TermId.ToString())).Order(StringComparer.Ordinal).ToList(),
        s.OpeningBands.OrderBy(b => b.Day).ThenBy(b => b.OpensMinute).Select(b => $"{Days[b.Day]} {new TimeBand(b.OpensMinute, b.ClosesMinute)}").ToList(),
        s.OpeningExceptions.OrderBy(e => e.OnDate).ThenBy(e => e.OpensMinute)
            .Select(e => $"{e.OnDate:yyyy-MM-dd} {(e.IsClosed ? "closed" : new TimeBand(e.OpensMinute!.Value, e.ClosesMinute!.Value).ToString())}").ToList(),
        s.HoursSource, s.HoursNote, s.ProfessionalNotes, accessibility is null ? null : [.. accessibility],
        s.LastVerifiedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), s.LastVerifiedBy);
}

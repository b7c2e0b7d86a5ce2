using System.Text.RegularExpressions;
using Signpost.Core.Translation;

namespace Signpost.Core.ServiceDirectory;

/// <summary>
/// The directory's translatable text as translation units, keyed by record and column
/// (<c>directory:service:{id}:description</c>), so that pages and the translation memory agree on the keys.
/// Text that tells people when to call 999, and every text of an emergency or crisis service, is
/// safety-critical: shown in another language only once a translator has approved it.
/// </summary>
public static partial class DirectoryTextUnits
{
    /// <summary>Taxonomy terms whose services give emergency advice.</summary>
    public static readonly IReadOnlySet<string> EmergencyTermCodes = new HashSet<string>(StringComparer.Ordinal) { "emergency-999-and-a-and-e", "mental-health-crisis" };

    public static UnitSource Service(Guid id, string column, string english, bool emergencyService = false) =>
        Unit($"directory:service:{id}:{column}", english, emergencyService);

    public static UnitSource Term(TaxonomyTerm term, string column, string english) =>
        Unit($"directory:taxonomy_term:{term.Id}:{column}", english, EmergencyTermCodes.Contains(term.Code));

    public static UnitSource KeyTerm(KeyTerm term, string column, string english) => Unit($"directory:key_term:{term.Slug}:{column}", english, false);

    public static UnitSource Contact(ServiceContact contact, bool emergencyService = false) => Unit($"directory:contact:{contact.Id}:label", contact.Label, emergencyService);

    public static UnitSource ExceptionNote(DatedHours hours, bool emergencyService = false) => Unit($"directory:opening_exception:{hours.Id}:note", hours.Note ?? "", emergencyService);

    public static UnitSource AccessibilityNotes(DirectoryLocation location) => Unit($"directory:location:{location.Id}:accessibility_notes", location.AccessibilityNotes ?? "", false);

    public static UnitSource OrganisationDescription(DirectoryOrganisation organisation) => Unit($"directory:organisation:{organisation.Id}:description", organisation.Description, false);

    /// <summary>Every non-empty translatable field of a service (with its public contacts' labels and dated changes' notes).</summary>
    public static IEnumerable<UnitSource> ForService(DirectoryService s, bool emergencyService)
    {
        var fields = new (string Column, string? Text)[]
        {
            ("name", s.Name), ("description", s.Description), ("how_to_access", s.HowToAccess), ("referral_from", s.ReferralFrom),
            ("eligibility", s.Eligibility), ("hours_note", s.HoursNote), ("source_note", s.SourceNote),
        };
        foreach (var (column, text) in fields.Where(f => !string.IsNullOrWhiteSpace(f.Text))) yield return Service(s.Id, column, text!, emergencyService);
        foreach (var c in s.Contacts.Where(c => c.Audience == ServiceContact.Public && c.Label.Length > 0)) yield return Contact(c, emergencyService);
        foreach (var x in s.OpeningExceptions.Where(x => !string.IsNullOrWhiteSpace(x.Note))) yield return ExceptionNote(x, emergencyService);
    }

    public static IEnumerable<UnitSource> ForTerm(TaxonomyTerm t)
    {
        yield return Term(t, "name", t.Name);
        if (!string.IsNullOrWhiteSpace(t.Description)) yield return Term(t, "description", t.Description);
        if (!string.IsNullOrWhiteSpace(t.NeedLabel)) yield return Term(t, "need_label", t.NeedLabel);
    }

    public static IEnumerable<UnitSource> ForKeyTerm(KeyTerm k) => [KeyTerm(k, "term", k.Term), KeyTerm(k, "definition", k.Definition)];

    private static UnitSource Unit(string key, string english, bool emergency) =>
        new(key, UnitKind.Directory, english, emergency || EmergencyNumber().IsMatch(english));

    [GeneratedRegex(@"(?<!\d)999(?!\d)")]
    private static partial Regex EmergencyNumber();
}

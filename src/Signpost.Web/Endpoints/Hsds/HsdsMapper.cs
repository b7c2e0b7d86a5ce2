using System.Globalization;
using Signpost.Core.ServiceDirectory;
using Signpost.Core.ServiceDirectory.Hours;
using Signpost.Core.ServiceDirectory.Seeding;
using Signpost.Web.Endpoints.Hsds.Model;

namespace Signpost.Web.Endpoints.Hsds;

/// <summary>Maps directory records to HSDS 3.0 / ORUK objects by hand. Professional-only contacts never leave here.</summary>
public sealed class HsdsMapper(IReadOnlyDictionary<Guid, TaxonomyTerm> terms, string taxonomyName, IReadOnlyDictionary<string, string?> districts)
{
    private static readonly string[] ByDay = ["", "MO", "TU", "WE", "TH", "FR", "SA", "SU"];
    private static readonly string[] DayNames = ["Bank holidays", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    private static readonly HashSet<string> Counties = new(StringComparer.OrdinalIgnoreCase) { "Bedfordshire", "Buckinghamshire", "Hertfordshire", "Beds", "Bucks", "Herts" };

    public HsdsService Summary(DirectoryService s) => new(s.Id, s.OrganisationId, s.Name, s.Description, AbsoluteUri(s.Url), s.Email, s.Status,
        s.MinimumAge, s.MaximumAge, s.LastVerifiedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        s.IsDemo ? "Demonstration entry: " + (s.SourceNote ?? DemoDirectoryBuilder.DemoNote) : null,
        s.UpdatedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));

    public HsdsService Full(DirectoryService s) => Summary(s) with
    {
        Organization = Organization(s.Organisation!),
        ServiceAtLocations = s.ServiceAtLocations.Select(x => new HsdsServiceAtLocation(x.Id, s.Id, x.LocationId) { Location = Location(x.Location!) }).ToList(),
        Schedules = Schedules(s),
        Phones = Phones(s),
        Languages = s.Languages.OrderBy(l => l.LanguageCode).Select(l => new HsdsLanguage(StableId.For($"language:{s.Id}:{l.LanguageCode}"), s.Id, LanguageNames.Name(l.LanguageCode), l.LanguageCode)).ToList(),
        Attributes = s.Taxonomy.Where(t => terms.ContainsKey(t.TermId)).Select(t => new HsdsAttributeItem(StableId.For($"attribute:{s.Id}:{t.TermId}"), s.Id, "type", "service", t.TermId, Term(terms[t.TermId]))).ToList(),
        Contacts = [], ServiceAreas = [], Funding = [], CostOptions = [],
    };

    public static HsdsOrganization Organization(DirectoryOrganisation o) => new(o.Id, o.Name, o.Description.Length > 0 ? o.Description : KindDescription(o.Kind), AbsoluteUri(o.Website), o.Email)
    {
        OrganizationIdentifiers = o.OdsCode is null ? [] : [new HsdsOrganizationIdentifier(StableId.For("identifier:" + o.Id), o.Id, "ODS", "ODS code", o.OdsCode)],
    };

    public HsdsLocation Location(DirectoryLocation l)
    {
        var lines = l.AddressLines.Where(a => !Counties.Contains(a)).ToList();
        var city = lines.Count > 1 ? lines[^1] : "";
        var street = lines.Count > 1 ? lines[..^1] : lines;
        var address = new HsdsAddress(StableId.For("address:" + l.Id), l.Id, street.FirstOrDefault() ?? l.Name, street.Count > 1 ? string.Join(", ", street.Skip(1)) : null,
            city, County(l.Postcode), l.Postcode ?? "", "GB", "physical");
        var accessibility = l.Accessibility.Select(a => new HsdsAccessibility(StableId.For($"accessibility:{l.Id}:{a}"), l.Id, AccessibilityFeatures.Label(a), a)).ToList();
        return new HsdsLocation(l.Id, "physical", l.Name, l.Latitude, l.Longitude, [address], accessibility, []);
    }

    public HsdsTaxonomyTerm Term(TaxonomyTerm t) => new(t.Id, t.Code, t.Name, t.Description, t.ParentId, taxonomyName, t.TaxonomyId, t.Name);

    private static List<HsdsPhone> Phones(DirectoryService s) =>
        s.Contacts.Where(c => c.Audience == ServiceContact.Public && c.Kind == "phone").OrderBy(c => c.SortOrder)
            .Select(c => new HsdsPhone(c.Id, s.Id, c.Value, "voice", c.Label.Length > 0 ? c.Label : null)).ToList();

    private static List<HsdsSchedule> Schedules(DirectoryService s)
    {
        const string Local = "Times are local time in England (Europe/London).";
        var weekly = s.OpeningBands.OrderBy(b => b.Day == 0 ? 8 : b.Day).ThenBy(b => b.OpensMinute).Select(b =>
        {
            var band = new TimeBand(b.OpensMinute, b.ClosesMinute);
            return b.Day == OpeningBand.BankHolidays
                ? new HsdsSchedule(StableId.For($"band:{s.Id}:{b.Id}"), s.Id, null, null, TimeText.Clock(b.OpensMinute), TimeText.Clock(b.ClosesMinute), null, null,
                    $"Bank holidays: {band}", "On bank holidays in England and Wales. " + Local)
                : new HsdsSchedule(StableId.For($"band:{s.Id}:{b.Id}"), s.Id, "WEEKLY", ByDay[b.Day], TimeText.Clock(b.OpensMinute), TimeText.Clock(b.ClosesMinute), null, null,
                    $"{DayNames[b.Day]}: {band}", Local);
        });
        var exceptions = s.OpeningExceptions.OrderBy(e => e.OnDate).ThenBy(e => e.OpensMinute).Select(e =>
        {
            var date = e.OnDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return new HsdsSchedule(StableId.For($"exception:{s.Id}:{e.Id}"), s.Id, null, null,
                e.IsClosed ? null : TimeText.Clock(e.OpensMinute!.Value), e.IsClosed ? null : TimeText.Clock(e.ClosesMinute!.Value), date, date,
                e.IsClosed ? $"Closed on {date}" : $"{date}: {new TimeBand(e.OpensMinute!.Value, e.ClosesMinute!.Value)}", e.Note ?? Local);
        });
        return [.. weekly, .. exceptions];
    }

    private string County(string? postcode) => districts.GetValueOrDefault(postcode ?? "") switch
    {
        "E06000032" or "E06000055" or "E06000056" => "Bedfordshire",
        "E06000042" => "Buckinghamshire",
        _ => "England",
    };

    private static string KindDescription(string kind) => kind switch
    {
        "gp-practice" => "A GP practice.",
        "pcn" => "A primary care network: GP practices working together.",
        "pharmacy" => "A community pharmacy.",
        _ => "An organisation that provides services.",
    };

    private static string? AbsoluteUri(string? text) => Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;
}

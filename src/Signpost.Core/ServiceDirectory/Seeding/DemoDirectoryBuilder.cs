using Signpost.Core.Imports;

namespace Signpost.Core.ServiceDirectory.Seeding;

/// <summary>Builds the records of demo-services.json. Organisations and locations may also be ones from ODS ("ods:…").</summary>
public sealed class DemoDirectoryBuilder(
    IReadOnlyDictionary<string, Guid> termIds,
    IReadOnlyDictionary<string, (double Latitude, double Longitude)> postcodes,
    Func<string, Guid?> findOrganisation,
    Func<string, Guid?> findLocation,
    DateTimeOffset now)
{
    public const string DemoNote = "This service is not in the official data. Its details are made up to show how Signpost works.";

    public DirectoryOrganisation Organisation(DemoOrganisation o) => new()
    {
        Id = StableId.For(o.Key), SourceKey = o.Key, Kind = o.Kind, Name = o.Name, Description = o.Description, Website = o.Website,
        IsDemo = o.Demo, UpdatedAt = now,
    };

    public DirectoryLocation Location(DemoLocation l)
    {
        var found = postcodes.TryGetValue(l.Postcode, out var point);
        return new DirectoryLocation
        {
            Id = StableId.For(l.Key), SourceKey = l.Key, OrganisationId = Required(findOrganisation(l.Organisation), l.Key, l.Organisation),
            Name = l.Name, AddressLines = l.Address, Postcode = l.Postcode, Latitude = found ? point.Latitude : null,
            Longitude = found ? point.Longitude : null, Accessibility = l.Accessibility ?? [], AccessibilityNotes = l.Notes, UpdatedAt = now,
        };
    }

    public DirectoryService Service(DemoService s)
    {
        var id = StableId.For(s.Key);
        var service = new DirectoryService
        {
            Id = id, SourceKey = s.Key, OrganisationId = Required(findOrganisation(s.Organisation), s.Key, s.Organisation),
            Name = s.Name, Description = s.Description, HowToAccess = s.HowToAccess, AccessMethods = s.AccessMethods,
            ReferralFrom = s.ReferralFrom, Eligibility = s.Eligibility, MinimumAge = s.MinimumAge, MaximumAge = s.MaximumAge, Url = s.Url,
            IsDemo = s.Demo, SourceNote = s.SourceNote ?? (s.Demo ? DemoNote : null), ProfessionalNotes = s.ProfessionalNotes,
            HoursSource = s.HoursSource ?? (s.Demo ? HoursSource.Example : HoursSource.None),
            CreatedAt = now, UpdatedAt = now,
        };
        service.OpeningBands = HoursSpec.Parse(s.Hours, s.Key);
        service.ServiceAtLocations = s.Locations.Select(l => new ServiceAtLocation
        {
            Id = StableId.For($"sal:{s.Key}:{l}"), ServiceId = id, LocationId = Required(findLocation(l), s.Key, l),
        }).ToList();
        service.Taxonomy = s.Terms.Select(t => new ServiceTaxonomy
        {
            ServiceId = id, TermId = termIds.TryGetValue(t, out var term) ? term : throw Problem(s.Key, $"\"{t}\" is not a taxonomy term"),
        }).ToList();
        service.Languages = s.Languages.Select(code => new ServiceLanguage { ServiceId = id, LanguageCode = code }).ToList();
        service.Contacts = s.Contacts.Select((c, i) => new ServiceContact
        {
            Id = StableId.For($"contact:{s.Key}:{i}"), ServiceId = id, Kind = c.Kind, Value = c.Value, Label = c.Label, Audience = c.Audience, SortOrder = i,
        }).ToList();
        return service;
    }

    private static Guid Required(Guid? id, string key, string reference) =>
        id ?? throw Problem(key, $"\"{reference}\" is not an organisation or location in the directory or in this file");

    private static ImportException Problem(string key, string problem) => new(DirectoryContentFiles.DemoFile, null, $"{key}: {problem}");
}

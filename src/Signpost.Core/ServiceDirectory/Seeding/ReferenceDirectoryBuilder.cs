using Signpost.Core.ReferenceData;

namespace Signpost.Core.ServiceDirectory.Seeding;

/// <summary>
/// Builds directory records from the ODS reference data: each active GP practice, open PCN and active community
/// pharmacy becomes an organisation with a location and its services.
/// </summary>
public sealed class ReferenceDirectoryBuilder(IReadOnlyDictionary<string, Guid> termIds, DateTimeOffset now)
{
    public const string PharmacyFirstEligibility =
        "Pharmacy First covers seven conditions: earache (ages 1 to 17), impetigo and infected insect bites (1 and over), " +
        "sore throat (5 and over), sinusitis (12 and over), shingles (18 and over) and urinary tract infections (women aged 16 to 64). " +
        "The pharmacist checks that it is right for you; some people, such as those who are pregnant, may be sent to their GP practice instead.";

    public DirectoryOrganisation Organisation(string odsCode, string kind, string name) => new()
    {
        Id = StableId.For("ods:" + odsCode), SourceKey = "ods:" + odsCode, OdsCode = odsCode, Kind = kind,
        Name = OdsNames.Tidy(name), UpdatedAt = now,
    };

    public DirectoryLocation Location(DirectoryOrganisation organisation, IEnumerable<string> address, string postcode, double? latitude, double? longitude) => new()
    {
        Id = StableId.For("ods-loc:" + organisation.OdsCode), OrganisationId = organisation.Id, SourceKey = "ods-loc:" + organisation.OdsCode,
        Name = organisation.Name, AddressLines = address.Where(a => a.Length > 0).Select(OdsNames.Tidy).ToList(), Postcode = postcode,
        Latitude = latitude, Longitude = longitude, UpdatedAt = now,
    };

    public DirectoryService Practice(GpPractice practice, DirectoryOrganisation organisation, DirectoryLocation location)
    {
        var service = NewService("gp:" + practice.OdsCode, organisation, location, organisation.Name, "general-practice");
        service.Description = "A GP practice. The practice team includes GPs, nurses and other health professionals; every request is triaged so that you see the person best suited to your need.";
        service.HowToAccess = "Contact the practice by phone, online or in person. To register, ask the practice: you do not need proof of address or immigration status.";
        service.AccessMethods = [AccessMethods.Phone, AccessMethods.Online, AccessMethods.WalkIn];
        service.Eligibility = "Patients registered at the practice, and people who live in its area and want to register.";
        service.HoursSource = HoursSource.Contract;
        service.HoursNote = StandardHours.GpCoreHoursNote;
        service.OpeningBands = StandardHours.GpCoreHours();
        AddPhone(service, practice.Phone, "Reception");
        return service;
    }

    public DirectoryService PcnEnhancedAccess(Pcn pcn, DirectoryOrganisation organisation, DirectoryLocation location)
    {
        var service = NewService("pcn-extended-access:" + pcn.Code, organisation, location, "Evening and Saturday appointments, " + organisation.Name, "extended-access");
        service.Description = "Pre-bookable appointments with the practice team in the evenings and on Saturdays, for patients of the practices in this primary care network.";
        service.HowToAccess = "Ask your GP practice to book you in.";
        service.AccessMethods = [AccessMethods.Phone, AccessMethods.Online];
        service.Eligibility = "Patients registered at a practice in the network.";
        service.HoursSource = HoursSource.Contract;
        service.HoursNote = StandardHours.PcnEnhancedAccessNote;
        service.OpeningBands = StandardHours.PcnEnhancedAccess();
        return service;
    }

    public DirectoryService Pharmacy(Pharmacy pharmacy, DirectoryOrganisation organisation, DirectoryLocation location)
    {
        var service = NewService("pharmacy:" + pharmacy.OdsCode, organisation, location, organisation.Name, "community-pharmacy");
        service.Description = "A community pharmacy: prescriptions, medicines and advice on minor illnesses, with no appointment needed.";
        service.HowToAccess = "Walk in, or call the pharmacy.";
        service.AccessMethods = [AccessMethods.WalkIn, AccessMethods.Phone];
        SetPharmacyHours(service, pharmacy.OdsCode);
        AddPhone(service, pharmacy.Phone, "Pharmacy");
        return service;
    }

    public DirectoryService PharmacyFirst(Pharmacy pharmacy, DirectoryOrganisation organisation, DirectoryLocation location)
    {
        var service = NewService("pharmacy-first:" + pharmacy.OdsCode, organisation, location, "Pharmacy First at " + organisation.Name, "pharmacy-first", "minor-illness-referral");
        service.Description = "A pharmacist can assess and treat sinusitis, sore throat, earache, infected insect bites, impetigo, shingles and urinary tract infections in women, without a GP appointment, including prescription medicines if you need them. Your GP practice or NHS 111 can also refer you for other minor illnesses.";
        service.HowToAccess = "Walk in and ask for Pharmacy First, or your GP practice or NHS 111 can refer you.";
        service.AccessMethods = [AccessMethods.WalkIn, AccessMethods.Referral];
        service.ReferralFrom = "Your GP practice, NHS 111 or an urgent care service";
        service.Eligibility = PharmacyFirstEligibility;
        service.MinimumAge = 1;
        service.SourceNote += " Pharmacy First is added for every active community pharmacy: most pharmacies in England offer it, but whether this one does has not been checked yet.";
        SetPharmacyHours(service, pharmacy.OdsCode);
        AddPhone(service, pharmacy.Phone, "Pharmacy");
        return service;
    }

    private static void SetPharmacyHours(DirectoryService service, string odsCode)
    {
        service.HoursSource = HoursSource.Example;
        service.HoursNote = StandardHours.PharmacyExampleNote;
        service.OpeningBands = StandardHours.PharmacyExample(odsCode);
    }

    private DirectoryService NewService(string key, DirectoryOrganisation organisation, DirectoryLocation location, string name, params string[] terms)
    {
        var service = new DirectoryService
        {
            Id = StableId.For(key), SourceKey = key, OrganisationId = organisation.Id, Name = name, CreatedAt = now, UpdatedAt = now,
            SourceNote = $"From the NHS Organisation Data Service (ODS code {organisation.OdsCode}).",
        };
        service.ServiceAtLocations.Add(new ServiceAtLocation { Id = StableId.For("sal:" + key), ServiceId = service.Id, LocationId = location.Id });
        service.Taxonomy.AddRange(terms.Select(t => new ServiceTaxonomy { ServiceId = service.Id, TermId = termIds[t] }));
        return service;
    }

    private static void AddPhone(DirectoryService service, string? phone, string label)
    {
        if (string.IsNullOrWhiteSpace(phone)) return;
        service.Contacts.Add(new ServiceContact
        {
            Id = StableId.For($"contact:{service.SourceKey}:phone"), ServiceId = service.Id, Kind = "phone", Value = phone.Trim(),
            Label = label, Audience = ServiceContact.Public,
        });
    }
}

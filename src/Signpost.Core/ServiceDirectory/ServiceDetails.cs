using Signpost.Core.ServiceDirectory.Hours;

namespace Signpost.Core.ServiceDirectory;

/// <summary>Everything a service page shows, loaded once.</summary>
public sealed record ServiceDetails(
    DirectoryService Service,
    DirectoryOrganisation Organisation,
    IReadOnlyList<DirectoryLocation> Locations,
    IReadOnlyList<TaxonomyTerm> Terms,
    OpeningTimes Hours)
{
    public IEnumerable<ServiceContact> PublicContacts => Service.Contacts.Where(c => c.Audience == ServiceContact.Public).OrderBy(c => c.SortOrder);

    public IEnumerable<ServiceContact> ProfessionalContacts => Service.Contacts.Where(c => c.Audience == ServiceContact.Professional).OrderBy(c => c.SortOrder);

    /// <summary>Bank holidays and dated exceptions from today for the given number of days, with the hours that apply.</summary>
    public IEnumerable<(DateOnly Date, string Reason, IReadOnlyList<TimeBand> Bands)> ComingChanges(DateOnly today, int days = 56)
    {
        for (var date = today; date < today.AddDays(days); date = date.AddDays(1))
        {
            var exceptions = Hours.ExceptionsOn(date);
            var holiday = Hours.BankHolidayName(date);
            if (exceptions.Count == 0 && holiday is null) continue;
            var reason = string.Join(". ", new[] { holiday, exceptions.Select(e => e.Note).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)) }
                .Where(r => r is not null)) is { Length: > 0 } r ? r : "Different hours";
            yield return (date, reason, Hours.On(date));
        }
    }
}

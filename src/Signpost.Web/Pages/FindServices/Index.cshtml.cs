using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Signpost.Core.Data;
using Signpost.Core.ServiceDirectory;
using Signpost.Core.ServiceDirectory.Hours;
using Signpost.Core.ServiceDirectory.Search;

namespace Signpost.Web.Pages.FindServices;

public class IndexModel(DirectorySearch search, PostcodeLookup postcodes, BankHolidayCalendar calendar, SignpostDb db, TimeProvider clock) : PageModel
{
    public const int PageSize = 20;
    public static readonly int[] RadiusChoices = [1, 3, 5, 10, 25];

    [BindProperty(SupportsGet = true)] public string? Need { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public string? Postcode { get; set; }
    [BindProperty(SupportsGet = true)] public int? Radius { get; set; }
    [BindProperty(SupportsGet = true)] public string? When { get; set; }
    [BindProperty(SupportsGet = true)] public string? OnDate { get; set; }
    [BindProperty(SupportsGet = true)] public string? AtTime { get; set; }
    [BindProperty(SupportsGet = true)] public string? Language { get; set; }
    [BindProperty(SupportsGet = true)] public List<string> Access { get; set; } = [];
    [BindProperty(SupportsGet = true)] public string? Age { get; set; }
    [BindProperty(SupportsGet = true, Name = "page-number")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<TaxonomyTerm> Categories { get; private set; } = [];
    public IReadOnlyList<TaxonomyTerm> Terms { get; private set; } = [];
    public IReadOnlyList<(string Code, string Name)> Languages { get; private set; } = [];
    public DirectorySearchResult? Result { get; private set; }
    public IReadOnlyDictionary<Guid, OpenState> OpenStates { get; private set; } = new Dictionary<Guid, OpenState>();
    public DateTime LocalNow { get; private set; }
    public TaxonomyTerm? ChosenCategory { get; private set; }
    public string? PlaceName { get; private set; }
    public int RadiusMiles => Radius is { } r && RadiusChoices.Contains(r) ? r : 10;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Terms = await db.TaxonomyTerms.AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(cancellationToken);
        Categories = Terms.Where(t => t.ParentId == null).ToList();
        Languages = (await db.Set<ServiceLanguage>().Select(l => l.LanguageCode).Distinct().ToListAsync(cancellationToken))
            .Where(c => c != "en").Select(c => (c, LanguageNames.Name(c))).OrderBy(l => l.Item2, StringComparer.Ordinal).ToList();
        if (!HasQuery()) return;
        var options = await ValidateAsync(cancellationToken);
        if (options is null) return;
        Result = await search.SearchAsync(options, cancellationToken);
        await DescribeOpeningAsync(cancellationToken);
    }

    public bool HasQuery() =>
        !string.IsNullOrWhiteSpace(Need) || !string.IsNullOrWhiteSpace(Category) || !string.IsNullOrWhiteSpace(Postcode)
        || When is "now" or "at" || !string.IsNullOrWhiteSpace(Language) || Access.Count > 0 || !string.IsNullOrWhiteSpace(Age);

    private async Task<DirectorySearchOptions?> ValidateAsync(CancellationToken cancellationToken)
    {
        GeoPoint? near = null;
        if (!string.IsNullOrWhiteSpace(Postcode))
        {
            near = await postcodes.FindAsync(Postcode, cancellationToken);
            if (near is null) ModelState.AddModelError(nameof(Postcode), "Enter a real postcode, like LU1 2QP");
            else PlaceName = Signpost.Core.Postcodes.PostcodeFormat.Normalise(Postcode) ?? PostcodeLookup.PostcodeDistrict(Postcode) ?? Postcode.Trim();
        }
        if (!string.IsNullOrWhiteSpace(Category))
        {
            ChosenCategory = Terms.SingleOrDefault(t => t.Code == Category);
            if (ChosenCategory is null) ModelState.AddModelError(nameof(Category), "Select what you need from the list");
        }
        int? age = null;
        if (!string.IsNullOrWhiteSpace(Age))
        {
            if (int.TryParse(Age.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var years) && years <= 130) age = years;
            else ModelState.AddModelError(nameof(Age), "Enter an age in years, like 42");
        }
        if (!string.IsNullOrWhiteSpace(Language) && !Languages.Any(l => l.Code == Language) && Language != "en")
        {
            ModelState.AddModelError(nameof(Language), "Select a language from the list");
        }
        var openAt = OpenAt();
        var access = Access.Where(AccessibilityFeatures.All.Contains).Distinct().ToList();
        if (!ModelState.IsValid) return null;
        return new DirectorySearchOptions
        {
            Text = string.IsNullOrWhiteSpace(Need) ? null : Need.Trim()[..Math.Min(Need.Trim().Length, 200)],
            TermId = ChosenCategory?.Id, Near = near, RadiusMiles = RadiusMiles, OpenAt = openAt,
            Language = string.IsNullOrWhiteSpace(Language) ? null : Language, Accessibility = access, Age = age,
            Page = Math.Clamp(PageNumber, 1, 1000), PageSize = PageSize,
        };
    }

    private DateTime? OpenAt()
    {
        if (When == "now") return LondonTime.ToLocal(clock.GetUtcNow());
        if (When != "at") return null;
        var validDate = DateOnly.TryParseExact(OnDate?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
        var minute = TimeText.ParseClock(AtTime);
        if (!validDate) ModelState.AddModelError(nameof(OnDate), "Enter a real date, like 2026-05-25");
        if (minute is null or >= 1440) ModelState.AddModelError(nameof(AtTime), "Enter a real time, like 14:30");
        return validDate && minute is < 1440 ? date.ToDateTime(TimeOnly.MinValue).AddMinutes(minute.Value) : null;
    }

    private async Task DescribeOpeningAsync(CancellationToken cancellationToken)
    {
        var holidays = await calendar.GetAsync(cancellationToken);
        LocalNow = LondonTime.ToLocal(clock.GetUtcNow());
        OpenStates = Result!.Hits.Concat(Result.Remote).DistinctBy(h => h.ServiceId)
            .ToDictionary(h => h.ServiceId, h => h.Hours(holidays).StateAt(LocalNow));
    }

    public string PageLink(int page)
    {
        var query = Request.Query.Where(q => q.Key != "page-number").SelectMany(q => q.Value.Select(v => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(v ?? "")}"));
        return "/services?" + string.Join("&", query.Append($"page-number={page}"));
    }
}

using System.Globalization;

namespace Signpost.Web.Endpoints.Hsds;

/// <summary>
/// The query parameters of the HSDS list endpoints, checked. A bad value gives <see cref="Error"/> (a 400), never an
/// exception; <c>per_page</c> above the cap is capped.
/// </summary>
public sealed class HsdsQuery
{
    public const int DefaultPerPage = 50;
    public const int MaxPerPage = 100;
    public const int MaxProximityMetres = 80_000;

    public int Page { get; private set; } = 1;
    public int PerPage { get; private set; } = DefaultPerPage;
    public string? Search { get; private set; }
    public string? Postcode { get; private set; }
    public int ProximityMetres { get; private set; } = 16_093;
    public Guid? TaxonomyTermId { get; private set; }
    public Guid? TaxonomyId { get; private set; }
    public Guid? OrganizationId { get; private set; }
    public Guid? ParentId { get; private set; }
    public bool TopOnly { get; private set; }
    public DateTimeOffset? ModifiedAfter { get; private set; }
    public int? MinimumAge { get; private set; }
    public int? MaximumAge { get; private set; }
    public bool Full { get; private set; }
    public string? Error { get; private set; }

    public static HsdsQuery Parse(IQueryCollection q)
    {
        var query = new HsdsQuery();
        query.Page = query.Whole(q, "page", 1, int.MaxValue) ?? 1;
        query.PerPage = Math.Min(query.Whole(q, "per_page", 1, int.MaxValue) ?? DefaultPerPage, MaxPerPage);
        query.Search = Text(q, "search");
        query.Postcode = Text(q, "postcode");
        query.ProximityMetres = query.Whole(q, "proximity", 1, MaxProximityMetres) ?? query.ProximityMetres;
        query.TaxonomyTermId = query.Uuid(q, "taxonomy_term_id");
        query.TaxonomyId = query.Uuid(q, "taxonomy_id");
        query.OrganizationId = query.Uuid(q, "organization_id");
        query.ParentId = query.Uuid(q, "parent_id");
        query.TopOnly = query.Flag(q, "top_only");
        query.MinimumAge = query.Whole(q, "minimum_age", 0, 130);
        query.MaximumAge = query.Whole(q, "maximum_age", 0, 130);
        query.Full = query.Flag(q, "full") && !query.Flag(q, "minimal");
        if (Text(q, "modified_after") is { } modified)
        {
            if (DateTimeOffset.TryParse(modified, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)) query.ModifiedAfter = at;
            else query.Fail("modified_after must be a date and time, like 2026-01-31T09:00:00Z");
        }
        if (q.ContainsKey("proximity") && query.Postcode is null) query.Fail("proximity needs a postcode");
        return query;
    }

    private static string? Text(IQueryCollection q, string name) => q[name].ToString() is { Length: > 0 } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    private int? Whole(IQueryCollection q, string name, int min, int max)
    {
        if (Text(q, name) is not { } text) return null;
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        Fail(max == int.MaxValue ? $"{name} must be a whole number of {min} or more" : $"{name} must be a whole number from {min} to {max}");
        return null;
    }

    private Guid? Uuid(IQueryCollection q, string name)
    {
        if (Text(q, name) is not { } text) return null;
        if (Guid.TryParse(text, out var id)) return id;
        Fail($"{name} must be a UUID");
        return null;
    }

    private bool Flag(IQueryCollection q, string name)
    {
        if (Text(q, name) is not { } text) return false;
        if (bool.TryParse(text, out var value)) return value;
        Fail($"{name} must be true or false");
        return false;
    }

    private void Fail(string message) => Error ??= message;
}

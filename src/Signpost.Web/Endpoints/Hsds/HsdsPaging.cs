using Microsoft.EntityFrameworkCore;
using Signpost.Web.Endpoints.Hsds.Model;

namespace Signpost.Web.Endpoints.Hsds;

/// <summary>Counts and pages a query into an HSDS page object.</summary>
public static class HsdsPaging
{
    public static async Task<(List<T> Items, Func<IReadOnlyList<TOut>, HsdsPage<TOut>> Page)> PageAsync<T, TOut>(IQueryable<T> query, HsdsQuery q, CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip((int)Math.Min((long)(q.Page - 1) * q.PerPage, int.MaxValue)).Take(q.PerPage).ToListAsync(cancellationToken);
        return (items, contents => Page(contents, total, q));
    }

    public static HsdsPage<T> Page<T>(IReadOnlyList<T> contents, int total, HsdsQuery q)
    {
        var pages = (int)Math.Ceiling(total / (double)q.PerPage);
        return new HsdsPage<T>(total, pages, q.Page, q.PerPage, q.Page == 1, q.Page >= pages, contents.Count == 0, contents);
    }
}

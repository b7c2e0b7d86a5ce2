using Microsoft.EntityFrameworkCore;
using Signpost.Core.Data;

namespace Signpost.Core.ServiceDirectory;

/// <summary>Keeps directory_search_entries in step with the services, inside the caller's transaction.</summary>
public static class DirectorySearchIndex
{
    public static Task RefreshAsync(SignpostDb db, IReadOnlyCollection<Guid> serviceIds, CancellationToken cancellationToken = default)
    {
        var ids = serviceIds.ToArray();
        return db.Database.ExecuteSqlAsync($"select directory_refresh_search({ids})", cancellationToken);
    }

    public static Task RefreshAllAsync(SignpostDb db, CancellationToken cancellationToken = default) =>
        db.Database.ExecuteSqlRawAsync("select directory_refresh_search(array(select id from directory_services))", cancellationToken);
}

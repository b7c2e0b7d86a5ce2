using Microsoft.EntityFrameworkCore;
using Signpost.Core.Data;
using Signpost.Core.Navigation.Requests;

namespace Signpost.Core.Navigation.Queue;

/// <summary>
/// The one queue of open requests from every channel, most urgent first and then longest waiting, with who is
/// handling each and whether the one-working-day outcome is at risk.
/// </summary>
public sealed class OpenRequests(SignpostDb db, TimeProvider clock)
{
    public const int MaxShown = 300;

    public async Task<IReadOnlyList<QueueItem>> ListAsync(TimeSpan atRiskBefore, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var open = await db.NavigationRequests.AsNoTracking().Where(r => r.Status == "open")
            .OrderBy(r => r.UrgencyRank).ThenBy(r => r.CreatedAt).Take(MaxShown).ToListAsync(cancellationToken);
        return open.Select(r => new QueueItem(r, now - r.CreatedAt, Risk(r, now, atRiskBefore))).ToList();
    }

    public static OutcomeRisk Risk(NavigationRequest request, DateTimeOffset now, TimeSpan atRiskBefore)
    {
        if (request.OutcomeAt is not null) return OutcomeRisk.Done;
        if (now > request.OutcomeDueAt) return OutcomeRisk.Overdue;
        return now >= request.OutcomeDueAt - atRiskBefore ? OutcomeRisk.AtRisk : OutcomeRisk.OnTrack;
    }
}

/// <summary>One line of the queue.</summary>
public sealed record QueueItem(NavigationRequest Request, TimeSpan Waiting, OutcomeRisk Risk);

/// <summary>Where a request stands against its one-working-day outcome.</summary>
public enum OutcomeRisk
{
    OnTrack,
    AtRisk,
    Overdue,
    Done,
}

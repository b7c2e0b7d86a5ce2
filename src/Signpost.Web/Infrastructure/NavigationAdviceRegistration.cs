using Signpost.Web.Languages;
using Signpost.Web.Pages.Shared.Navigation;

namespace Signpost.Web.Infrastructure;

/// <summary>
/// Queues the rule set's advice units for the translation memory when the app starts (written in the background by
/// <see cref="UnitRegistrationWorker"/>; idempotent, so safe with several instances).
/// </summary>
public sealed class NavigationAdviceRegistration(NavigationAdvice advice, PendingUnits pending) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var unit in advice.Units) pending.Enqueue(unit);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

using Signpost.Core.Booking.Notifications;
using Signpost.Web.Languages;

namespace Signpost.Web.Infrastructure;

/// <summary>
/// Queues the booking messages' words for the translation memory when the app starts, so translators find them in
/// their queue (written in the background by <see cref="UnitRegistrationWorker"/>; idempotent with several instances).
/// </summary>
public sealed class BookingMessageRegistration(PendingUnits pending) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var unit in BookingMessageText.Units) pending.Enqueue(unit);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

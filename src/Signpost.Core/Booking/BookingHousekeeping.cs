using Signpost.Core.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Signpost.Core.Booking.Holds;
using Signpost.Core.Booking.Notifications;
using Signpost.Core.Booking.Slots;

namespace Signpost.Core.Booking;

/// <summary>
/// Every few seconds: expires holds and offers, and sends due messages; every hour: generates slots up to the
/// horizon. Every instance runs it; each step is safe to run concurrently (skip locked, idempotent inserts).
/// </summary>
public class BookingHousekeeping(IServiceProvider services, BookingSettings settings, TimeProvider clock, ILogger<BookingHousekeeping> logger) : BackgroundService
{
    private DateTimeOffset nextGeneration = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (settings.HousekeepingSeconds <= 0) return;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(settings.HousekeepingSeconds));
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Booking housekeeping failed; it will run again.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        await services.GetRequiredService<HoldExpiry>().ExpireDueAsync(stoppingToken);
        await services.GetRequiredService<NotificationDispatcher>().DispatchDueAsync(stoppingToken);
        var now = clock.GetUtcNow();
        if (now < nextGeneration) return;
        nextGeneration = now.AddHours(1);
        using var scope = services.CreateScope();
        var today = UkTime.DateOf(now);
        await scope.ServiceProvider.GetRequiredService<SlotGenerator>().GenerateAsync(new GenerateSlotsOptions(today, today.AddDays(settings.SlotHorizonDays)), stoppingToken);
    }
}

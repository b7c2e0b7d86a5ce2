using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Signpost.Core.Accounts;
using Signpost.Core.Data;
using Signpost.Core.Demo;

namespace Signpost.Cli.Commands;

public static class DemoCommand
{
    public static Command Create()
    {
        var demo = new Command("demo", "Demo accounts and data for ./run --demo (loopback only).");
        var seed = new Command("seed", "Create the demo accounts and data that are missing.");
        seed.SetAction(async (_, cancellationToken) =>
        {
            using var services = CliServices.Build();
            using var scope = services.CreateScope();
            var created = await DemoAccounts.SeedAsync(scope.ServiceProvider.GetRequiredService<SignpostDb>(),
                scope.ServiceProvider.GetRequiredService<StaffAccounts>(), cancellationToken);
            Console.WriteLine($"Demo accounts: {created} created, {DemoAccounts.All.Count - created} already there.");
            var requests = await DemoRequests.SeedAsync(scope.ServiceProvider.GetRequiredService<SignpostDb>(), NavigationFiles.Assessor(), NavigationFiles.Calendar(), TimeProvider.System, cancellationToken);
            Console.WriteLine($"Demo requests: {requests} created.");
            var booking = await DemoBooking.SeedAsync(scope.ServiceProvider.GetRequiredService<SignpostDb>(),
                scope.ServiceProvider.GetRequiredService<Signpost.Core.Booking.Slots.SlotGenerator>(), TimeProvider.System, cancellationToken);
            Console.WriteLine(booking is null
                ? "Demo schedules: none (load the reference data first: ./signpost import reference)."
                : $"Demo schedules at {booking.PcnName} and two of its practices: {booking.SchedulesCreated} created, {booking.SlotsCreated} new free slots over two weeks.");
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var journeys = await DemoJourneys.SeedAsync(scope.ServiceProvider.GetRequiredService<SignpostDb>(), NavigationFiles.Assessor(), NavigationFiles.Calendar(),
                TimeProvider.System, cancellationToken: cancellationToken);
            Console.WriteLine(journeys.Requests == 0
                ? "Demo journeys: already there (or no reference data)."
                : $"Demo journeys over the last {DemoJourneys.Days} days (flagged as demo): {journeys.Requests} requests, {journeys.NotAccepted} not accepted online, {journeys.Outcomes} outcomes, {journeys.Feedback} feedback ({watch.Elapsed.TotalSeconds:F1} s).");
            watch.Restart();
            var visits = await DemoJourneyBookings.SeedAsync(scope.ServiceProvider.GetRequiredService<SignpostDb>(),
                scope.ServiceProvider.GetRequiredService<NpgsqlDataSource>(), TimeProvider.System, cancellationToken);
            Console.WriteLine($"Demo journeys' appointments: {visits.Booked} booked, {visits.Attended} attended, {visits.DidNotAttend} did not attend (new this run, {watch.Elapsed.TotalSeconds:F1} s).");
            return 0;
        });
        var accounts = new Command("accounts", "Print the demo sign-ins.");
        accounts.SetAction(_ =>
        {
            Console.WriteLine($"Demo sign-ins (password for all: {DemoAccounts.Password}):");
            foreach (var (email, _, roles) in DemoAccounts.All) Console.WriteLine($"  {email,-40} {string.Join(", ", roles)}");
            return 0;
        });
        demo.Subcommands.Add(seed);
        demo.Subcommands.Add(accounts);
        return demo;
    }
}

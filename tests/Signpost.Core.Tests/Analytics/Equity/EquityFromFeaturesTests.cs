using Microsoft.Extensions.DependencyInjection;
using Signpost.Core.Analytics.Equity;
using Signpost.Core.Analytics.Measures;
using Signpost.Core.Audit;
using Signpost.Core.Booking;
using Signpost.Core.Booking.Appointments;
using Signpost.Core.Navigation.Feedback;
using Signpost.Core.Navigation.Queue;
using Signpost.TestCommon;
using static Signpost.Core.Tests.Analytics.Equity.AccessEventRows;
using static Signpost.TestCommon.NavigationTestData;

namespace Signpost.Core.Tests.Analytics.Equity;

/// <summary>The equity view's columns move as a request goes through navigation, booking and feedback.</summary>
public class EquityFromFeaturesTests
{
    // A day of its own in the shared database (no other test makes requests in 2005).
    private static readonly DateOnly Day = new(2005, 5, 10);
    private static readonly AuditActor Clinician = AuditActor.User("clinician@test.nhs.uk", null);

    [Fact]
    public async Task OutcomeBookingDnaAndFeedback_EachMovesItsColumn()
    {
        var database = await DatabaseAsync();
        var clock = new TestClock(London(2005, 5, 10, 9));
        var requests = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            requests.Add((await SubmitAsync(database, clock, PhoneRequest("Lower back pain for three weeks after lifting") with { PreferredLanguage = "lt" })).Id);
        }
        var queries = new EquityQueries(database.DataSource);
        Task<EquityGroup> LithuanianAsync() => queries.BuildAsync("language", Day, Day, AreaSelection.All).ContinueWith(t => t.Result.Groups.Single(g => g.Group == "lt"));

        var made = await LithuanianAsync();
        clock.Advance(TimeSpan.FromHours(2));
        await using (var db = TestData.CreateDb(database))
        {
            foreach (var id in requests) Assert.Empty(await new RequestOutcome(db, new AuditLog(db, clock), clock).SendAsync(id, "A physio will call", "c@test.nhs.uk", "http://localhost", Clinician));
        }
        var outcomes = await LithuanianAsync();
        var services = BookingTestServices.Create(database.ConnectionString, clock);
        var appointments = new List<Guid>();
        await using (var db = TestData.CreateDb(database))
        {
            var (_, slots) = await BookingTestData.AddClinicWithSlotsAsync(db, clock.GetUtcNow().AddDays(1), requests.Count, MdtRoles.Physiotherapist);
            foreach (var (id, slot) in requests.Zip(slots))
            {
                var booked = await services.GetRequiredService<SlotBooker>().BookSlotAsync(new BookSlotOptions(slot.Id, BookingTestData.Patient(), BookingChannels.Navigator, Clinician) { RequestId = id });
                appointments.Add(booked.Appointment!.Id);
            }
        }
        var bookings = await LithuanianAsync();
        foreach (var id in appointments.Take(5))
        {
            await services.GetRequiredService<AppointmentStatusChanger>().ChangeStatusAsync(new ChangeStatusOptions(id, AppointmentStatuses.NoShow, Clinician));
        }
        await services.GetRequiredService<AppointmentStatusChanger>().ChangeStatusAsync(new ChangeStatusOptions(appointments[5], AppointmentStatuses.Fulfilled, Clinician));
        var dna = await LithuanianAsync();
        await using (var db = TestData.CreateDb(database))
        {
            foreach (var id in requests) await new FirstContactFeedbackService(db, new AuditLog(db, clock), clock).SubmitByStaffAsync(id, new FeedbackAnswers(4, 4, "yes", "lt"), "n@test.nhs.uk", Clinician);
        }
        var feedback = await LithuanianAsync();

        Assert.Equal((6L, 0L, 0L, 0L, 0L), (made.Requests, made.WithOutcome, made.Booked, made.DidNotAttend, made.FeedbackCount));
        Assert.Equal((6L, 1.0, 2.0), (outcomes.WithOutcome, outcomes.OutcomeShare, outcomes.MeanHoursToOutcome));
        Assert.Equal((6L, 1.0, 0L), (bookings.Booked, bookings.BookedShare, bookings.DidNotAttend));
        Assert.Equal((5L, 5.0 / 6), (dna.DidNotAttend, dna.DnaRate));
        Assert.Equal((6L, 4.0), (feedback.FeedbackCount, feedback.MeanFeedback));
        var report = await queries.BuildAsync("channel", Day, Day, AreaSelection.All);
        Assert.Equal(6, Assert.Single(report.Dispositions, d => d.Name == "other-clinician").Count);
        Assert.Equal(6, Assert.Single(report.Bookings, b => b.Name == "physiotherapist, face-to-face").Count);
    }
}

using Signpost.Core.Time;
using Signpost.Core.Booking;
using Signpost.Core.Booking.Slots;

namespace Signpost.Core.Tests.Booking.Slots;

public class SlotPlannerTests
{
    private static readonly Guid TypeId = Guid.NewGuid();
    private static readonly DateOnly SpringForward = new(2026, 3, 29);
    private static readonly DateOnly FallBack = new(2026, 10, 25);

    private static ScheduleRules Rules(TimeOnly start, TimeOnly end, int minutes = 30, IEnumerable<ScheduleAdjustment>? exceptions = null, IEnumerable<PractitionerLeave>? leave = null)
    {
        var id = Guid.NewGuid();
        var patterns = Enumerable.Range(1, 7).Select(d => new AvailabilityPattern
        {
            Id = Guid.NewGuid(), ScheduleId = id, Weekday = (short)d, StartTime = start, EndTime = end, AppointmentTypeId = TypeId, ValidFrom = new DateOnly(2026, 1, 1),
        }).ToList();
        return new ScheduleRules(id, patterns, exceptions?.ToList() ?? [], leave?.ToList() ?? [], new Dictionary<Guid, int> { [TypeId] = minutes });
    }

    private static List<string> LocalTimes(IEnumerable<PlannedSlot> slots) => slots.Select(s => UkTime.Clock(s.StartAt)).ToList();

    [Theory]
    [InlineData("2026-03-28")]
    [InlineData("2026-03-29")]
    [InlineData("2026-03-30")]
    [InlineData("2026-10-24")]
    [InlineData("2026-10-25")]
    [InlineData("2026-10-26")]
    public void Plan_DaytimeClinicAroundClockChange_SameUkTimesEveryDay(string date)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        var slots = SlotPlanner.Plan(Rules(new TimeOnly(9, 0), new TimeOnly(12, 0), minutes: 15), day, day).ToList();

        Assert.Equal(12, slots.Count);
        Assert.Equal("09:00", UkTime.Clock(slots[0].StartAt));
        Assert.Equal("11:45", UkTime.Clock(slots[^1].StartAt));
        Assert.All(slots, s => Assert.Equal(day, s.LocalDate));
    }

    [Fact]
    public void Plan_LastSundayOfMarch_NineOClockIsEightUtc()
    {
        var before = SlotPlanner.Plan(Rules(new TimeOnly(9, 0), new TimeOnly(10, 0)), SpringForward.AddDays(-1), SpringForward.AddDays(-1)).First();
        var after = SlotPlanner.Plan(Rules(new TimeOnly(9, 0), new TimeOnly(10, 0)), SpringForward, SpringForward).First();

        Assert.Equal(new DateTimeOffset(2026, 3, 28, 9, 0, 0, TimeSpan.Zero), before.StartAt);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 8, 0, 0, TimeSpan.Zero), after.StartAt);
    }

    [Fact]
    public void Plan_LastSundayOfOctober_NineOClockIsNineUtc()
    {
        var before = SlotPlanner.Plan(Rules(new TimeOnly(9, 0), new TimeOnly(10, 0)), FallBack.AddDays(-1), FallBack.AddDays(-1)).First();
        var after = SlotPlanner.Plan(Rules(new TimeOnly(9, 0), new TimeOnly(10, 0)), FallBack, FallBack).First();

        Assert.Equal(new DateTimeOffset(2026, 10, 24, 8, 0, 0, TimeSpan.Zero), before.StartAt);
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 9, 0, 0, TimeSpan.Zero), after.StartAt);
    }

    [Fact]
    public void Plan_OvernightSessionOnSpringForward_ThreeRealHoursNoSlotInTheGap()
    {
        var slots = SlotPlanner.Plan(Rules(new TimeOnly(0, 0), new TimeOnly(4, 0)), SpringForward, SpringForward).ToList();

        Assert.Equal(["00:00", "00:30", "02:00", "02:30", "03:00", "03:30"], LocalTimes(slots));
        AssertBackToBack(slots, TimeSpan.FromMinutes(30));
    }

    [Fact]
    public void Plan_OvernightSessionOnFallBack_FiveRealHoursEachInstantOnce()
    {
        var slots = SlotPlanner.Plan(Rules(new TimeOnly(0, 0), new TimeOnly(4, 0)), FallBack, FallBack).ToList();

        Assert.Equal(["00:00", "00:30", "01:00", "01:30", "01:00", "01:30", "02:00", "02:30", "03:00", "03:30"], LocalTimes(slots));
        AssertBackToBack(slots, TimeSpan.FromMinutes(30));
        Assert.Equal(new DateTimeOffset(2026, 10, 24, 23, 0, 0, TimeSpan.Zero), slots[0].StartAt);
    }

    [Fact]
    public void Plan_WeekAcrossSpringForward_SameCountEveryDay()
    {
        var slots = SlotPlanner.Plan(Rules(new TimeOnly(8, 0), new TimeOnly(18, 0), minutes: 10), new DateOnly(2026, 3, 26), new DateOnly(2026, 4, 1)).ToList();

        Assert.All(slots.GroupBy(s => s.LocalDate), day => Assert.Equal(60, day.Count()));
        Assert.Equal(slots.Count, slots.Select(s => s.StartAt).Distinct().Count());
    }

    [Fact]
    public void Plan_LeaveDay_NoSlots()
    {
        var day = new DateOnly(2026, 5, 5);
        var leave = new PractitionerLeave { Id = Guid.NewGuid(), FirstDay = day, LastDay = day.AddDays(1) };

        var slots = SlotPlanner.Plan(Rules(new TimeOnly(9, 0), new TimeOnly(12, 0), leave: [leave]), day.AddDays(-1), day.AddDays(2)).ToList();

        Assert.Equal([day.AddDays(-1), day.AddDays(2)], slots.Select(s => s.LocalDate).Distinct().ToList());
    }

    [Fact]
    public void Plan_UnavailableHour_TakesOutOnlyOverlappingSlots()
    {
        var day = new DateOnly(2026, 5, 5);
        var exception = new ScheduleAdjustment { Id = Guid.NewGuid(), OnDate = day, Kind = ScheduleAdjustmentKinds.Unavailable, StartTime = new TimeOnly(10, 0), EndTime = new TimeOnly(11, 0) };

        var slots = SlotPlanner.Plan(Rules(new TimeOnly(9, 0), new TimeOnly(12, 0), exceptions: [exception]), day, day).ToList();

        Assert.Equal(["09:00", "09:30", "11:00", "11:30"], LocalTimes(slots));
    }

    [Fact]
    public void Plan_ExtraSession_AddsSlots()
    {
        var day = new DateOnly(2026, 5, 5);
        var extra = new ScheduleAdjustment
        {
            Id = Guid.NewGuid(), OnDate = day, Kind = ScheduleAdjustmentKinds.ExtraSession, StartTime = new TimeOnly(18, 0), EndTime = new TimeOnly(19, 0), AppointmentTypeId = TypeId,
        };

        var slots = SlotPlanner.Plan(Rules(new TimeOnly(9, 0), new TimeOnly(10, 0), exceptions: [extra]), day, day).ToList();

        Assert.Equal(["09:00", "09:30", "18:00", "18:30"], LocalTimes(slots));
    }

    private static void AssertBackToBack(List<PlannedSlot> slots, TimeSpan length)
    {
        Assert.All(slots, s => Assert.Equal(length, s.EndAt - s.StartAt));
        for (var i = 1; i < slots.Count; i++) Assert.Equal(slots[i - 1].EndAt, slots[i].StartAt);
    }
}

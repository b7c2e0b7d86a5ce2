using Signpost.Core.Audit;
using Signpost.Core.Navigation.Capacity;
using Signpost.Core.Navigation.Requests;

namespace Signpost.TestCommon;

/// <summary>Builders for navigation tests: the shipped working calendar, an intake on a clock, and a valid request.</summary>
public static class NavigationTestData
{
    public const string Practice = "E81002"; // Greensand Surgery (Ampthill): active in data/blmk
    private static readonly Lazy<WorkingCalendar> CalendarInstance = new(() =>
        WorkingCalendar.Load(Path.Combine(RepositoryPaths.Data("navigation"), "working-days.json")));

    public static WorkingCalendar Calendar => CalendarInstance.Value;

    /// <summary>A London wall-clock time as an instant.</summary>
    public static DateTimeOffset London(int year, int month, int day, int hour, int minute = 0) =>
        Calendar.Instant(new DateOnly(year, month, day), new TimeOnly(hour, minute));

    public static RequestIntake Intake(Signpost.Core.Data.SignpostDb db, TimeProvider clock) =>
        new(db, ShippedRules.Assessor, Calendar, new AuditLog(db, clock), clock);

    public static SubmitRequestOptions Request(string description = "Sore throat for 3 days", string? practice = Practice) => new()
    {
        PersonName = "Test Person " + Guid.NewGuid().ToString("N")[..8], AgeYears = 34, Sex = "female", Pregnant = false,
        PracticeOdsCode = practice, Phone = "07700 900123", PreferredLanguage = "en", RequestType = "medical", Description = description,
    };
}

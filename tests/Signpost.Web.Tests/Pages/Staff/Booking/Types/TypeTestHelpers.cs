using Microsoft.EntityFrameworkCore;
using Signpost.Core.Audit;
using Signpost.Core.Booking;
using Signpost.TestCommon;

namespace Signpost.Web.Tests.Pages.Staff.Booking.Types;

/// <summary>The appointment type form's fields, a unique code, and the audit rows of a type or room.</summary>
public static class TypeTestHelpers
{
    public static string UniqueCode(string prefix = "physio") => $"{prefix}-{Guid.NewGuid():N}";

    /// <summary>"Physio first contact, 20 minutes, face to face, pre-bookable up to 14 days, 2 hours' notice".</summary>
    public static Dictionary<string, string> PhysioForm(string code) => new()
    {
        ["Form.Code"] = code, ["Form.Name"] = "Physio first contact", ["Form.Role"] = MdtRoles.Physiotherapist, ["Form.Modality"] = Modalities.FaceToFace,
        ["Form.GpadCategory"] = GpadCategories.GeneralConsultationRoutine, ["Form.Duration"] = "20", ["Form.Booking"] = "pre-bookable",
        ["Form.WindowDays"] = "14", ["Form.NoticeMinutes"] = "120",
    };

    public static Dictionary<string, string> FormOf(AppointmentType t) => new()
    {
        ["Form.Name"] = t.Name, ["Form.Role"] = t.Role, ["Form.Modality"] = t.Modality, ["Form.GpadCategory"] = t.GpadCategory,
        ["Form.Duration"] = t.DurationMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Form.Booking"] = t.SameDay ? "same-day" : "pre-bookable",
        ["Form.WindowDays"] = t.BookingWindowDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Form.NoticeMinutes"] = t.MinimumNoticeMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static async Task<AppointmentType?> FindTypeAsync(string code)
    {
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        return await db.AppointmentTypes.AsNoTracking().SingleOrDefaultAsync(t => t.Code == code);
    }

    public static async Task<AppointmentType> TypeAsync(Guid id)
    {
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        return await db.AppointmentTypes.AsNoTracking().SingleAsync(t => t.Id == id);
    }

    public static async Task<List<AuditEntry>> AuditAsync(string entityType, Guid id)
    {
        await using var db = TestData.CreateDb(await TestDatabase.GetAsync());
        return await db.AuditLog.AsNoTracking().Where(a => a.EntityType == entityType && a.EntityId == id.ToString()).OrderBy(a => a.Id).ToListAsync();
    }
}

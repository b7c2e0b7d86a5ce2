using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Signpost.Core.Booking.Rota;

namespace Signpost.Web.Pages.Staff.Booking.Schedules;

/// <summary>The success banner shown on the schedule page after a change: what happened to the slots and what to rebook.</summary>
public static class RotaBanner
{
    public const string Key = "RotaDone";

    public static void Set(ITempDataDictionary tempData, string done, RotaChange change) => tempData[Key] = Text(done, change);

    public static string Text(string done, RotaChange change)
    {
        var text = $"{done} {Count(change.Created, "slot")} added, {change.TakenOut} taken out, {change.PutBack} put back.";
        if (change.ToRebook.Count > 0)
        {
            text += change.ToRebook.Count == 1
                ? " 1 booked appointment falls outside the rota: rebook it (listed below)."
                : $" {change.ToRebook.Count} booked appointments fall outside the rota: rebook them (listed below).";
        }
        return text;
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}

using Microsoft.AspNetCore.Html;
using Signpost.Core.ServiceDirectory;
using Signpost.Core.ServiceDirectory.Hours;
using Signpost.Web.Languages;

namespace Signpost.Web.Pages.FindServices;

/// <summary>
/// The directory's fixed words (how to get in, facilities, open or closed, hours) in the reader's language.
/// Times are the NHS style in English ("6:30pm") and the 24-hour clock otherwise ("18:30"): some cultures' AM/PM
/// designators are Latin letters that the bidirectional algorithm moves to the wrong side in right-to-left text.
/// </summary>
public static class DirectoryWords
{
    public static IHtmlContent AccessMethod(PageText t, string method) => method switch
    {
        AccessMethods.WalkIn => t["Walk in"],
        AccessMethods.Phone => t["Call"],
        AccessMethods.Online => t["Online"],
        AccessMethods.SelfReferral => t["Refer yourself"],
        AccessMethods.Referral => t["Needs a referral"],
        _ => t.English(method),
    };

    public static IHtmlContent Facility(PageText t, string feature) => feature switch
    {
        AccessibilityFeatures.StepFree => t["Step-free access"],
        AccessibilityFeatures.HearingLoop => t["Hearing loop"],
        AccessibilityFeatures.Bsl => t["British Sign Language (BSL) interpreter"],
        AccessibilityFeatures.AccessibleToilet => t["Accessible toilet"],
        AccessibilityFeatures.Parking => t["Disabled parking"],
        _ => t.English(feature),
    };

    public static IHtmlContent OpenNow(PageText t, OpenState state, DateTime localNow)
    {
        if (!state.IsKnown) return t["Opening times not known"];
        if (state.IsOpen) return state.Until is { } until ? t.Format("Open until {0}", When(t, until, localNow)) : t["Open 24 hours"];
        return state.NextOpens is { } next ? t.Format("Closed – opens {0}", When(t, next, localNow)) : t["Closed"];
    }

    public static IHtmlContent Bands(PageText t, IEnumerable<TimeBand> bands)
    {
        var list = bands.Select(b => t.Format("{0} to {1}", Time(t, b.OpensMinute), Time(t, b.ClosesMinute))).ToList();
        if (list.Count == 0) return t["Closed"];
        return list.Skip(1).Aggregate(list[0], (all, next) => t.Format("{0} and {1}", all, next));
    }

    public static string Time(PageText t, int minuteOfDay)
    {
        if (t.Request.IsEnglish) return TimeText.Format(minuteOfDay);
        var clock = minuteOfDay >= 1440 ? TimeOnly.MinValue : TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(minuteOfDay));
        return clock.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string Miles(PageText t, double miles) => miles.ToString(miles < 10 ? "0.0" : "0", t.Request.Culture);

    /// <summary>A bank holiday's name ("Christmas Day"), listed in the template from the shipped calendar.</summary>
    public static IHtmlContent BankHoliday(PageText t, string name) => t[name];

    /// <summary>A language's name: in English for English readers, else in the language itself ("polski"), as choosers do.</summary>
    public static string LanguageName(PageText t, string code) =>
        t.Request.IsEnglish ? LanguageNames.Name(code) : Signpost.Core.Languages.LanguageCatalogue.Default.Find(code)?.NativeName ?? LanguageNames.Name(code);

    private static IHtmlContent When(PageText t, DateTime at, DateTime localNow)
    {
        var minute = LondonTime.MinuteOfDay(at) == 0 && at.Date > localNow.Date ? 1440 : LondonTime.MinuteOfDay(at);
        var time = Time(t, minute);
        var days = DateOnly.FromDateTime(at).DayNumber - DateOnly.FromDateTime(localNow).DayNumber;
        return days switch
        {
            0 => new HtmlString(System.Text.Encodings.Web.HtmlEncoder.Default.Encode(time)),
            1 when minute == 1440 => t["midnight"],
            1 => t.Format("{0} tomorrow", time),
            < 7 => t.Format("{0} on {1}", time, at.ToString("dddd", t.Request.Culture)),
            _ => t.Format("{0} on {1}", time, at.ToString("d MMMM", t.Request.Culture)),
        };
    }

    /// <summary>The culture's day name for an ISO day (1 = Monday).</summary>
    public static string DayName(PageText t, int isoDay) => t.Request.Culture.DateTimeFormat.GetDayName((DayOfWeek)(isoDay % 7));

    public static IHtmlContent Strong(IHtmlContent content) => new HtmlContentBuilder().AppendHtml("<strong>").AppendHtml(content).AppendHtml("</strong>");

    public static string Date(PageText t, DateOnly date, string format) => date.ToString(format, t.Request.Culture);
}

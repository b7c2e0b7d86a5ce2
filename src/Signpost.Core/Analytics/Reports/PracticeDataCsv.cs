using Signpost.Core.Analytics.Measures;

namespace Signpost.Core.Analytics.Reports;

/// <summary>Online consultation and telephony months as CSV.</summary>
public static class PracticeDataCsv
{
    public static string OnlineConsultations(IEnumerable<OnlineConsultationMonth> months) => ReportFormats.Csv(
        ["month", "practices", "submissions", "clinical", "administrative", "other", "registered_patients", "per_1000", "clinical_per_1000", "administrative_per_1000"],
        months.Select(m => (IReadOnlyList<object?>)[m.Month, m.Practices, m.Submissions, m.Clinical, m.Administrative, m.Other, m.RegisteredPatients,
            m.PerThousand, m.ClinicalPerThousand, m.AdministrativePerThousand]));

    public static string Telephony(IEnumerable<TelephonyMonth> months) => ReportFormats.Csv(
        ["month", "practices", "inbound_calls", "answered", "answered_share", "missed", "missed_share", "ended_in_ivr", "callback_requested", "callback_made",
            "answered_within_1_min_share", "answered_after_5_min_share", "missed_after_5_min_share"],
        months.Select(m => (IReadOnlyList<object?>)[m.Month, m.Practices, m.InboundCalls, m.Answered, m.AnsweredShare, m.Missed, m.MissedShare, m.EndedInIvr,
            m.CallbackRequested, m.CallbackMade, m.AnsweredWithin1MinShare, m.AnsweredAfter5MinShare, m.MissedAfter5MinShare]));
}

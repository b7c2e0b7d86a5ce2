namespace Signpost.Core.Analytics.Imports;

/// <summary>The layout of a national practice-by-month file (online consultations, cloud telephony tables) and the table it fills.</summary>
public sealed record PracticeMonthFile(string Kind, string Table, string MonthColumn, string PracticeColumn, IReadOnlyList<PracticeMonthColumn> Columns,
    bool KeyedByPcn = false)
{
    public static readonly string[] Descriptive =
        ["GP Name", "PCN Name", "Sub ICB Name", "ICB Code", "ICB Name", "Region Code", "Region Name", "Source file"];

    public IReadOnlyList<CsvColumn> CsvColumns =>
    [
        CsvColumn.Of(MonthColumn), CsvColumn.Of(PracticeColumn),
        .. Columns.Select(c => new CsvColumn(c.CsvName, [c.CsvName], c.Required)),
    ];

    public static readonly PracticeMonthFile OnlineConsultations = new("online-consultations", "online_consultation_submissions", "Month", "GP Code",
    [
        PracticeMonthColumn.OptionalText("PCN Code", "pcn_code"), PracticeMonthColumn.Text("Sub ICB Code", "sub_icb_code"),
        PracticeMonthColumn.OptionalText("Supplier", "supplier"), PracticeMonthColumn.Count("Submissions", "submissions"),
        PracticeMonthColumn.Count("Clinical Submissions", "clinical_submissions"),
        PracticeMonthColumn.Count("Administrative Submissions", "administrative_submissions"),
        PracticeMonthColumn.Count("Other/Unknown Type Submissions", "other_submissions"),
        PracticeMonthColumn.OptionalCount("Registered Patient Count", "registered_patients"),
        PracticeMonthColumn.OptionalText("Participation", "participation") with { Required = false },
        PracticeMonthColumn.Ignored("Rate per 1,000 Registered Patients"), .. Descriptive.Select(PracticeMonthColumn.Ignored),
    ]);

    private const string Practice = "GP Practice (ODS_CODE)";

    public static readonly PracticeMonthFile TelephonyOutcomes = new("telephony-outcomes", "telephony_call_outcomes", "Month", Practice,
    [
        PracticeMonthColumn.KeyText("PCN Code", "pcn_code"), PracticeMonthColumn.Text("Sub ICB Code", "sub_icb_code"),
        PracticeMonthColumn.Count("Count of Inbound calls | Total", "inbound_calls"), PracticeMonthColumn.Count("Answered | Total", "answered"),
        PracticeMonthColumn.Count("Ended during the IVR Stage | Total", "ended_in_ivr"),
        PracticeMonthColumn.Count("Call back requested | Total", "callback_requested"), PracticeMonthColumn.Count("Missed | Total", "missed"),
        PracticeMonthColumn.Count("Call back made | Total", "callback_made"),
        .. new[] { "Answered | %", "Ended during the IVR Stage | %", "Call back requested | %", "Missed | %", "Call back made | % of requested" }
            .Select(PracticeMonthColumn.Ignored),
        .. Descriptive.Select(PracticeMonthColumn.Ignored),
    ], KeyedByPcn: true);

    private static readonly string[] Bands = ["Less than 1 minute", "1 - 2 minutes", "2 - 5 minutes", "Longer than 5 minutes"];
    private static readonly string[] BandColumns = ["under_1_min", "1_to_2_min", "2_to_5_min", "over_5_min"];

    public static readonly PracticeMonthFile TelephonyAnsweredWaits = new("telephony-answered", "telephony_answered_waits", "Month", Practice,
    [
        PracticeMonthColumn.KeyText("PCN Code", "pcn_code"), PracticeMonthColumn.Text("Sub ICB Code", "sub_icb_code"),
        PracticeMonthColumn.Count("Answered | Count", "answered"),
        .. Bands.Select((b, i) => PracticeMonthColumn.Count($"Answered Calls - Wait time | {b} | Count", "wait_" + BandColumns[i])),
        .. Bands.Select((b, i) => PracticeMonthColumn.Count($"Answered Calls - Duration | {b} | Count", "duration_" + BandColumns[i])),
        .. Bands.SelectMany(b => new[] { $"Answered Calls - Wait time | {b} | %", $"Answered Calls - Duration | {b} | %" }).Select(PracticeMonthColumn.Ignored),
        .. new[] { "Total Inbound calls | Count", "Answered | %" }.Select(PracticeMonthColumn.Ignored),
        .. Descriptive.Select(PracticeMonthColumn.Ignored),
    ], KeyedByPcn: true);

    public static readonly PracticeMonthFile TelephonyMissedWaits = new("telephony-missed", "telephony_missed_waits", "Month", Practice,
    [
        PracticeMonthColumn.KeyText("PCN Code", "pcn_code"), PracticeMonthColumn.Text("Sub ICB Code", "sub_icb_code"),
        PracticeMonthColumn.Count("Missed | Count", "missed"),
        .. Bands.Select((b, i) => PracticeMonthColumn.Count($"Missed Calls - Wait time | {b} | Count", "wait_" + BandColumns[i])),
        .. Bands.Select(b => PracticeMonthColumn.Ignored($"Missed Calls - Wait time | {b} | %")),
        .. new[] { "Total Inbound calls | Count", "Missed | %" }.Select(PracticeMonthColumn.Ignored),
        .. Descriptive.Select(PracticeMonthColumn.Ignored),
    ], KeyedByPcn: true);

    public static readonly IReadOnlyList<PracticeMonthFile> Telephony = [TelephonyOutcomes, TelephonyAnsweredWaits, TelephonyMissedWaits];
}

namespace Signpost.Core.Analytics.Gpad;

/// <summary>The published values of the GPAD dimensions (Appointments in General Practice metadata), exactly as spelt in the files.</summary>
public static class GpadCodes
{
    public const string SameDay = "Same Day";

    public static readonly GpadDimension Status = new("APPT_STATUS", "appointment status", ["Attended", "DNA", "Unknown"]);

    public static readonly GpadDimension HcpType = new("HCP_TYPE", "healthcare professional type", ["GP", "Other Practice staff", "Unknown"]);

    public static readonly GpadDimension Mode = new("APPT_MODE", "appointment mode",
        ["Face-to-Face", "Home Visit", "Telephone", "Video/Online", "Unknown"]);

    // The double spaces are as published.
    public static readonly GpadDimension TimeBetween = new("TIME_BETWEEN_BOOK_AND_APPT", "time between booking and appointment",
        [SameDay, "1 Day", "2 to 7 Days", "8  to 14 Days", "15  to 21 Days", "22  to 28 Days", "More than 28 Days", "Unknown / Data Issue"]);

    // The 16 national categories, then the two values GPAD publishes for appointments it could not map.
    public static readonly GpadDimension NationalCategory = new("NATIONAL_CATEGORY", "national category",
    [
        "General Consultation Acute", "General Consultation Routine", "Clinical Triage", "Planned Clinics",
        "Planned Clinical Procedure", "Unplanned Clinical Activity", "Home Visit", "Care Home Visit",
        "Patient contact during Care Home Round", "Care Home Needs Assessment & Personalised Care and Support Planning",
        "Structured Medication Review", "Service provided by organisation external to the practice",
        "Social Prescribing Service", "Non-contractual chargeable work", "Group Consultation and Group Education",
        "Walk-in", "Unmapped", "Inconsistent Mapping",
    ]);

    public const int Attended = 0;
    public const int Dna = 1;
    public const int SameDayCode = 0;
}

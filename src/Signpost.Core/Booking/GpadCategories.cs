namespace Signpost.Core.Booking;

/// <summary>The 16 national categories of Appointments in General Practice (GPAD), spelt as NHS England publishes them.</summary>
public static class GpadCategories
{
    public const string GeneralConsultationAcute = "General Consultation Acute";
    public const string GeneralConsultationRoutine = "General Consultation Routine";
    public const string ClinicalTriage = "Clinical Triage";
    public const string PlannedClinics = "Planned Clinics";
    public const string PlannedClinicalProcedure = "Planned Clinical Procedure";
    public const string UnplannedClinicalActivity = "Unplanned Clinical Activity";
    public const string HomeVisit = "Home Visit";
    public const string StructuredMedicationReview = "Structured Medication Review";
    public const string SocialPrescribingService = "Social Prescribing Service";

    public static readonly IReadOnlyList<string> All =
    [
        GeneralConsultationAcute, GeneralConsultationRoutine, ClinicalTriage, PlannedClinics, PlannedClinicalProcedure,
        UnplannedClinicalActivity, HomeVisit, "Care Home Visit", "Patient contact during Care Home Round",
        "Care Home Needs Assessment & Personalised Care and Support Planning", StructuredMedicationReview,
        "Service provided by organisation external to the practice", SocialPrescribingService,
        "Non-contractual chargeable work", "Group Consultation and Group Education", "Walk-in",
    ];
}

namespace Signpost.Core.Analytics.Measures;

/// <summary>
/// Online consultation submissions of an area in one month, with rates per 1,000 registered patients counted
/// over the practices that reported a list size in the same publication.
/// </summary>
public sealed record OnlineConsultationMonth(string Month, int Practices, long Submissions, long Clinical, long Administrative, long Other,
    long RegisteredPatients, long SubmissionsAtPracticesWithPatients, long ClinicalAtPracticesWithPatients, long AdministrativeAtPracticesWithPatients)
{
    public double? PerThousand => Rate(SubmissionsAtPracticesWithPatients);
    public double? ClinicalPerThousand => Rate(ClinicalAtPracticesWithPatients);
    public double? AdministrativePerThousand => Rate(AdministrativeAtPracticesWithPatients);

    private double? Rate(long count) => RegisteredPatients > 0 ? count * 1000.0 / RegisteredPatients : null;
}

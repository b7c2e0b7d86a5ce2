namespace Signpost.Core.Analytics.Measures;

/// <summary>
/// The registered patients appointments of one month are divided by, and what they cover: from GPAD coverage
/// (sub-ICB level: practices included in GPAD of those open) or from registered-patient lists (practice level:
/// practices with GPAD rows that month of those with a list in the area).
/// </summary>
public sealed record Denominator(DateOnly Month, string Basis, long PatientsIncluded, int IncludedPractices, long? PatientsInArea, int? PracticesInArea)
{
    public double? PatientShare => PatientsInArea is > 0 ? (double)PatientsIncluded / PatientsInArea.Value : null;
}
